// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  createScanner,
  type FoundSentence,
  type Scanner,
} from '../../../../src/content-scripts/page-app/scanner';
import { createSlicer } from '../../../../src/content-scripts/page-app/slicer';

// The scanner's work runs on a slicer; here every slice runs at once (on a microtask), and
// `settle` waits until no work is left.
let scanner: Scanner;
let changes: { added: string[]; removed: string[] }[];
let moved: FoundSentence[];
let observer: MutationObserver;
let idle: () => Promise<void>;
let host: Element | null;

const texts = () => scanner.sentences().map((s) => s.text);

async function settle() {
  // Mutation records arrive on a microtask; the slicer then runs its jobs.
  for (let i = 0; i < 5; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await idle();
  }
}

beforeEach(() => {
  document.body.innerHTML = '';
  host = null;
  changes = [];
  moved = [];
  const slicer = createSlicer({ defer: (run) => queueMicrotask(run) });
  idle = () => slicer.idle();
  scanner = createScanner({
    doc: document,
    slicer,
    ownHost: () => host,
    onChange: (added, removed, movedNow) => {
      moved.push(...movedNow);
      if (added.length > 0 || removed.length > 0)
        changes.push({ added: added.map((s) => s.text), removed: removed.map((s) => s.text) });
    },
  });
  observer = new MutationObserver((records) => scanner.noteMutations(records));
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
});

afterEach(() => {
  observer.disconnect();
  scanner.stop();
});

const ARTICLE =
  '<article><h1>Armenia and the CSTO</h1>' +
  '<p id="a">Nikol <a href="#">Pashinyan</a> will <em>not</em> attend the summit. The weather was mild.</p>' +
  '<p id="b">The CSTO said it regrets the decision.</p>' +
  '<p id="c">Nothing to see here.</p></article>';

describe('first scan', () => {
  test('finds each claim sentence once, across inline elements, with a range over the page nodes', async () => {
    document.body.innerHTML = ARTICLE;
    scanner.scan(document.body);
    await settle();
    expect(texts()).toEqual([
      'Armenia and the CSTO',
      'Nikol Pashinyan will not attend the summit.',
      'The CSTO said it regrets the decision.',
    ]);
    const sentence = scanner.sentences()[1] as FoundSentence;
    expect(sentence.range.toString()).toBe('Nikol Pashinyan will not attend the summit.');
    expect(sentence.owner.id).toBe('a');
  });

  test('skips form fields, editable regions and our own UI even with trigger names', async () => {
    document.body.innerHTML =
      '<form><input value="CSTO"><textarea>Pashinyan said the CSTO is dead.</textarea></form>' +
      '<div contenteditable>Pashinyan typed this.</div><receipts-card>Pashinyan in our card.</receipts-card>';
    host = document.querySelector('receipts-card');
    scanner.scan(document.body);
    await settle();
    expect(texts()).toEqual([]);
  });
});

describe('incremental updates', () => {
  beforeEach(async () => {
    document.body.innerHTML = ARTICLE;
    scanner.scan(document.body);
    await settle();
    changes = [];
  });

  test('an edit to one paragraph rescans that paragraph only; the others keep their objects', async () => {
    const before = scanner.sentences();
    const untouched = document.getElementById('b')?.firstChild as Text;
    // Count reads of the untouched paragraph's text: a rescan of it would read it again.
    let reads = 0;
    const data = untouched.data;
    Object.defineProperty(untouched, 'data', {
      get: () => {
        reads++;
        return data;
      },
    });
    const a = document.getElementById('a') as HTMLElement;
    (a.lastChild as Text).data = ' attend the summit, Pashinyan said. Fine.';
    await settle();
    expect(reads).toBe(0);
    expect(changes).toEqual([
      {
        added: ['Nikol Pashinyan will not attend the summit, Pashinyan said.'],
        removed: ['Nikol Pashinyan will not attend the summit.'],
      },
    ]);
    const after = scanner.sentences();
    expect(after.find((s) => s.text.startsWith('The CSTO said'))).toBe(
      before.find((s) => s.text.startsWith('The CSTO said')),
    );
  });

  test('added content is scanned; text the page removes loses its sentence', async () => {
    const more = document.createElement('section');
    more.innerHTML = '<p>Later, <b>Pashinyan</b> froze participation in the CSTO.</p><p>Unrelated.</p>';
    document.querySelector('article')?.append(more);
    await settle();
    expect(changes).toEqual([{ added: ['Later, Pashinyan froze participation in the CSTO.'], removed: [] }]);
    changes = [];
    document.getElementById('b')?.remove();
    more.remove();
    await settle();
    expect(changes.flatMap((c) => c.removed).sort()).toEqual([
      'Later, Pashinyan froze participation in the CSTO.',
      'The CSTO said it regrets the decision.',
    ]);
    expect(texts()).toEqual(['Armenia and the CSTO', 'Nikol Pashinyan will not attend the summit.']);
  });

  test('a claim split by an inserted inline element is found again whole', async () => {
    const a = document.getElementById('a') as HTMLElement;
    const em = a.querySelector('em') as HTMLElement;
    const strong = document.createElement('strong');
    strong.textContent = 'really ';
    a.insertBefore(strong, em);
    await settle();
    expect(texts()).toContain('Nikol Pashinyan will really not attend the summit.');
    expect(texts()).not.toContain('Nikol Pashinyan will not attend the summit.');
  });

  test('an added inline element holding blocks: the blocks are scanned and the text around is joined', async () => {
    const c = document.getElementById('c') as HTMLElement;
    const span = document.createElement('span');
    span.innerHTML = ' and Pashinyan agreed<div>A block inside: the CSTO met.</div>';
    c.append(span);
    await settle();
    // ICU does not end a sentence before a lower-case word, so the two read as one.
    expect(texts()).toContain('Nothing to see here. and Pashinyan agreed');
    expect(texts()).toContain('A block inside: the CSTO met.');
  });

  test('mutations inside skipped regions and our own host cause no work', async () => {
    host = document.createElement('receipts-card');
    document.documentElement.append(host);
    const field = document.createElement('textarea');
    document.body.append(field);
    await settle();
    changes = [];
    host.textContent = 'Pashinyan inside our host';
    field.value = 'Pashinyan';
    field.textContent = 'CSTO typed';
    await settle();
    expect(changes).toEqual([]);
  });

  test('text swapped for a new node with the same words keeps its sentence, moved onto the new node', async () => {
    const b = document.getElementById('b') as HTMLElement;
    const old = scanner.sentences().find((s) => s.owner === b) as FoundSentence;
    const range = old.range;
    b.textContent = 'The CSTO said it regrets the decision.';
    await settle();
    expect(changes).toEqual([]);
    expect(moved).toEqual([old]);
    const now = scanner.sentences().find((s) => s.owner === b);
    expect(now).toBe(old);
    expect(now?.range).toBe(range);
    expect(range.startContainer).toBe(b.firstChild);
    expect(range.toString()).toBe('The CSTO said it regrets the decision.');
    expect(now?.nodes).toEqual([b.firstChild]);
  });

  test('a text node re-rendered in place with the same text, give or take a trailing space, keeps its sentence', async () => {
    const b = document.getElementById('b') as HTMLElement;
    const node = b.firstChild as Text;
    const old = scanner.sentences().find((s) => s.owner === b) as FoundSentence;
    for (const text of [
      'The CSTO said it regrets the decision. ',
      'The CSTO said it regrets the decision.',
    ]) {
      node.data = text;
      await settle();
    }
    expect(changes).toEqual([]);
    expect(scanner.sentences().find((s) => s.owner === b)).toBe(old);
    expect(old.range.toString()).toBe('The CSTO said it regrets the decision.');
  });

  test('text that still holds the claim keeps it; text that really changes is re-checked once', async () => {
    const b = document.getElementById('b') as HTMLElement;
    const old = scanner.sentences().find((s) => s.owner === b) as FoundSentence;
    b.textContent = 'Updated at noon. The CSTO said it regrets the decision.';
    await settle();
    expect(changes).toEqual([]);
    expect(old.range.toString()).toBe('The CSTO said it regrets the decision.');
    b.textContent = 'The CSTO said it welcomes the decision.';
    await settle();
    expect(changes).toEqual([
      {
        added: ['The CSTO said it welcomes the decision.'],
        removed: ['The CSTO said it regrets the decision.'],
      },
    ]);
  });
});
