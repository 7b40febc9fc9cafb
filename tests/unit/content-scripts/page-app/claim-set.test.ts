// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import { createClaimSet } from '../../../../src/content-scripts/page-app/claim-set';
import { createHighlights, HIGHLIGHT_NAMES } from '../../../../src/content-scripts/page-app/highlights';
import type { FoundSentence } from '../../../../src/content-scripts/page-app/scanner';
import { type FakeHighlight, installFakeHighlights, result } from './fixtures';

let registry: Map<string, FakeHighlight>;
let nextId = 1;

// A found sentence over the whole of a new paragraph, appended in document order.
function sentence(text: string): FoundSentence {
  const p = document.createElement('p');
  p.textContent = text;
  document.body.append(p);
  const range = document.createRange();
  range.selectNodeContents(p);
  return { id: nextId++, owner: p, text, range, nodes: [p.firstChild as Text] };
}

beforeEach(() => {
  document.body.innerHTML = '';
  registry = installFakeHighlights();
});

describe('createClaimSet', () => {
  test('paints each answered sentence with its verdict; "none" is not a claim', () => {
    let changes = 0;
    const highlights = createHighlights();
    highlights.paintRelated(true);
    const set = createClaimSet(highlights, () => changes++);
    const a = sentence('A conflicting sentence about Pashinyan.');
    const b = sentence('A related sentence about the CSTO.');
    const c = sentence('Pashinyan likes tea.');
    expect(set.update([a, b, c], [])).toEqual([a.text, b.text, c.text]);
    expect(registry.size).toBe(0); // nothing is registered before there is something to paint
    const answers = new Map([
      [a.text, result({ verdict: 'conflicting' })],
      [b.text, result({ verdict: 'related' })],
      [c.text, result({ verdict: 'none', evidence: [] })],
    ]);
    set.answer(answers);
    // Painted with copies of our ranges (see highlights.ts), over the same text.
    expect([...(registry.get(HIGHLIGHT_NAMES.conflicting) ?? [])].map(String)).toEqual([a.text]);
    expect([...(registry.get(HIGHLIGHT_NAMES.related) ?? [])].map(String)).toEqual([b.text]);
    expect(set.claims().map((x) => x.text)).toEqual([a.text, b.text]);
    expect(set.worst()).toBe('conflicting');
    expect(changes).toBeGreaterThan(0);
  });

  test('claims come in document order whatever order the answers arrive in', () => {
    const set = createClaimSet(createHighlights(), () => {});
    const first = sentence('First about Pashinyan.');
    const second = sentence('Second about Pashinyan.');
    set.update([second, first], []);
    set.answer(new Map([[second.text, result()]]));
    set.answer(new Map([[first.text, result()]]));
    expect(set.claims().map((x) => x.text)).toEqual([first.text, second.text]);
  });

  test('a removed sentence loses its highlight and its place in the list', () => {
    const set = createClaimSet(createHighlights(), () => {});
    const a = sentence('Gone soon: Pashinyan.');
    set.update([a], []);
    set.answer(new Map([[a.text, result({ verdict: 'disputed' })]]));
    const version = set.version;
    set.update([], [a]);
    expect(registry.get(HIGHLIGHT_NAMES.disputed)?.size).toBe(0);
    expect(set.claims()).toEqual([]);
    expect(set.version).toBeGreaterThan(version);
  });

  test('forgetting results (a new page date) unpaints but keeps the sentences to ask again', () => {
    const set = createClaimSet(createHighlights(), () => {});
    const a = sentence('Pashinyan said so.');
    set.update([a], []);
    set.answer(new Map([[a.text, result()]]));
    set.forgetResults();
    expect(registry.get(HIGHLIGHT_NAMES.corroborated)?.size).toBe(0);
    expect(set.unanswered()).toEqual([a.text]);
  });

  // Re-applying every sentence found so far on each block made the first scan quadratic (issue 20).
  test('each block and each batch of answers touches only its own sentences', () => {
    const set = createClaimSet(createHighlights(), () => {});
    let cacheReads = 0;
    const cached = () => {
      cacheReads++;
      return undefined;
    };
    const all = Array.from({ length: 300 }, (_, i) => sentence(`Pashinyan said ${i % 100}.`));
    for (const s of all) set.update([s], [], cached);
    expect(cacheReads).toBe(all.length);
    set.answer(new Map([['Pashinyan said 7.', result({ verdict: 'conflicting' })]]));
    expect(set.claims().map((c) => c.sentence)).toEqual([all[7], all[107], all[207]]);
    expect(registry.get(HIGHLIGHT_NAMES.conflicting)?.size).toBe(3);
    expect(set.size).toBe(3);
  });

  test('one answer shared by many sentences is painted in steps, and a sentence removed meanwhile stays unpainted', () => {
    const set = createClaimSet(createHighlights(), () => {});
    const all = Array.from({ length: 450 }, () => sentence('Pashinyan said it again.'));
    set.update(all, []);
    const steps = set.answerSteps(new Map([['Pashinyan said it again.', result()]]));
    expect(steps.next().done).toBe(false);
    expect(set.size).toBe(200);
    set.update([], [all[449] as FoundSentence]);
    while (!steps.next().done);
    expect(set.size).toBe(449);
    expect(registry.get(HIGHLIGHT_NAMES.corroborated)?.size).toBe(449);
  });

  test('finds the claim over a range, and nothing once the sentence is gone or answered "none"', () => {
    const set = createClaimSet(createHighlights(), () => {});
    const a = sentence('Pashinyan went.');
    const b = sentence('Pashinyan stayed.');
    set.update([a, b], []);
    set.answer(
      new Map([
        [a.text, result()],
        [b.text, result({ verdict: 'none', evidence: [] })],
      ]),
    );
    expect(set.find(a.range)?.sentence).toBe(a);
    expect(set.find(b.range)).toBeNull();
    set.update([], [a]);
    expect(set.find(a.range)).toBeNull();
  });

  test('clear removes our highlights from the registry, and only ours', () => {
    const theirs = new (globalThis as unknown as { Highlight: typeof FakeHighlight }).Highlight();
    registry.set('page-own', theirs);
    const set = createClaimSet(createHighlights(), () => {});
    set.update([sentence('Pashinyan.')], []);
    set.answer(new Map([['Pashinyan.', result({ verdict: 'conflicting' })]]));
    set.clear();
    expect([...registry.keys()]).toEqual(['page-own']);
  });
});

describe('removeLeftovers', () => {
  test('removes only our highlight names and our host, as left by an instance that could not clean up', async () => {
    const { removeLeftovers, ACTIVE_HIGHLIGHT } = await import(
      '../../../../src/content-scripts/page-app/highlights'
    );
    const H = (globalThis as unknown as { Highlight: typeof FakeHighlight }).Highlight;
    registry.set(HIGHLIGHT_NAMES.conflicting, new H());
    registry.set(ACTIVE_HIGHLIGHT, new H());
    registry.set('page-own', new H());
    document.body.innerHTML = '<p>text</p><receipts-card></receipts-card>';
    removeLeftovers(document);
    expect([...registry.keys()]).toEqual(['page-own']);
    expect(document.body.innerHTML).toBe('<p>text</p>');
  });
});
