// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import {
  ACTIVE_NAMES,
  ACTIVE_NAMES_ON_DARK,
  createHighlights,
  HIGHLIGHT_NAMES,
  HIGHLIGHT_NAMES_ON_DARK,
  removeLeftovers,
} from '../../../../src/content-scripts/page-app/highlights';
import { createToneReader } from '../../../../src/content-scripts/page-app/page-tone';
import { FakeHighlight, installFakeHighlights } from './fixtures';

// What a page script can do to the registry it shares with us (issue 20), and what verify puts back.
let registry: Map<string, FakeHighlight>;

beforeEach(() => {
  document.body.innerHTML = '<p id="a">Armenia has left the CSTO.</p><p id="b">Pashinyan skipped Minsk.</p>';
  registry = installFakeHighlights();
});

function rangeOver(id: string): Range {
  const range = document.createRange();
  range.selectNodeContents(document.getElementById(id) as Element);
  return range;
}

const texts = (name: string) => [...(registry.get(name) ?? [])].map(String);

describe('createHighlights against a page that rewrites the registry', () => {
  test('left alone, nothing is repaired and nothing is flagged', () => {
    const highlights = createHighlights();
    highlights.add(rangeOver('a'), 'conflicting');
    highlights.add(rangeOver('b'), 'corroborated');
    highlights.setActive(rangeOver('a'));
    expect(highlights.verify('all')).toBe(0);
    expect(highlights.tampered).toBe(false);
  });

  test('the registry holds copies: the page never gets our own ranges', () => {
    const highlights = createHighlights();
    const ours = rangeOver('a');
    highlights.add(ours, 'conflicting');
    const [painted] = registry.get(HIGHLIGHT_NAMES.conflicting) ?? [];
    expect(painted).not.toBe(ours);
    expect(String(painted)).toBe(String(ours));
  });

  test('a conflict moved into the corroborated highlight is moved back and flagged', () => {
    const highlights = createHighlights();
    highlights.add(rangeOver('a'), 'conflicting');
    highlights.add(rangeOver('b'), 'corroborated');
    const conflicting = registry.get(HIGHLIGHT_NAMES.conflicting) as FakeHighlight;
    const [moved] = conflicting;
    conflicting.clear();
    registry.get(HIGHLIGHT_NAMES.corroborated)?.add(moved as AbstractRange);
    expect(highlights.verify()).toBeGreaterThan(0);
    expect(texts(HIGHLIGHT_NAMES.conflicting)).toEqual(['Armenia has left the CSTO.']);
    expect(texts(HIGHLIGHT_NAMES.corroborated)).toEqual(['Pashinyan skipped Minsk.']);
    expect(highlights.tampered).toBe(true);
  });

  test('two ranges swapped between highlights (same sizes) are found by checking the ranges', () => {
    const highlights = createHighlights();
    const a = rangeOver('a');
    highlights.add(a, 'conflicting');
    highlights.add(rangeOver('b'), 'corroborated');
    const conflicting = registry.get(HIGHLIGHT_NAMES.conflicting) as FakeHighlight;
    const corroborated = registry.get(HIGHLIGHT_NAMES.corroborated) as FakeHighlight;
    const [x] = conflicting;
    const [y] = corroborated;
    conflicting.clear();
    corroborated.clear();
    conflicting.add(y as AbstractRange);
    corroborated.add(x as AbstractRange);
    expect(highlights.verify()).toBe(0); // sizes alone cannot tell
    expect(highlights.verify(a)).toBeGreaterThan(0);
    expect(texts(HIGHLIGHT_NAMES.conflicting)).toEqual(['Armenia has left the CSTO.']);
    expect(texts(HIGHLIGHT_NAMES.corroborated)).toEqual(['Pashinyan skipped Minsk.']);
  });

  test('a highlight of the page put in place of ours, a page range added, a priority changed: all put back', () => {
    const highlights = createHighlights();
    highlights.add(rangeOver('a'), 'conflicting');
    const ours = registry.get(HIGHLIGHT_NAMES.conflicting) as FakeHighlight;
    ours.priority = -5;
    ours.add(rangeOver('b'));
    registry.set(HIGHLIGHT_NAMES.corroborated, new FakeHighlight([rangeOver('a')]));
    registry.delete(HIGHLIGHT_NAMES.conflicting);
    highlights.verify();
    expect(registry.get(HIGHLIGHT_NAMES.conflicting)).toBe(ours);
    expect(ours.priority).toBe(4);
    expect(texts(HIGHLIGHT_NAMES.conflicting)).toEqual(['Armenia has left the CSTO.']);
    // A page may register a name of ours we never used: we cannot tell it from the page's own.
    expect(texts(HIGHLIGHT_NAMES.corroborated)).toEqual(['Armenia has left the CSTO.']);
  });

  test('boundaries the page moved on a painted range are put back, in steps for a long page', () => {
    const highlights = createHighlights();
    const a = rangeOver('a');
    highlights.add(a, 'conflicting');
    const [painted] = registry.get(HIGHLIGHT_NAMES.conflicting) as FakeHighlight;
    (painted as Range).setEnd((document.getElementById('a') as Element).firstChild as Text, 7);
    expect(String(painted)).toBe('Armenia');
    const steps = highlights.verifySteps();
    let step = steps.next();
    while (!step.done) step = steps.next();
    expect(step.value).toBeGreaterThan(0);
    expect(String(painted)).toBe('Armenia has left the CSTO.');
  });
});

describe('createHighlights: loud where it matters (issue 15)', () => {
  test('Related is kept but not painted until the reader asks, and unpainted again when they stop', () => {
    const highlights = createHighlights();
    highlights.add(rangeOver('a'), 'related');
    highlights.add(rangeOver('b'), 'conflicting');
    expect(texts(HIGHLIGHT_NAMES.related)).toEqual([]);
    expect(texts(HIGHLIGHT_NAMES.conflicting)).toEqual(['Pashinyan skipped Minsk.']);
    highlights.paintRelated(true);
    expect(texts(HIGHLIGHT_NAMES.related)).toEqual(['Armenia has left the CSTO.']);
    highlights.paintRelated(false);
    expect(texts(HIGHLIGHT_NAMES.related)).toEqual([]);
    expect(texts(HIGHLIGHT_NAMES.conflicting)).toEqual(['Pashinyan skipped Minsk.']);
  });

  test('a Related claim removed while hidden is not painted when the setting is turned on', () => {
    const highlights = createHighlights();
    const a = rangeOver('a');
    highlights.add(a, 'related');
    highlights.remove(a, 'related');
    highlights.paintRelated(true);
    expect(texts(HIGHLIGHT_NAMES.related)).toEqual([]);
    expect(highlights.verify('all')).toBe(0);
  });
});

describe('createHighlights: colours from the background behind the claim (issue 15)', () => {
  beforeEach(() => {
    document.body.innerHTML =
      '<p id="a">Armenia has left the CSTO.</p><div style="background-color: rgb(30, 30, 30)"><p id="b">Pashinyan skipped Minsk.</p></div>';
  });

  test('a claim on a dark background gets the on-dark name of its verdict, one on the light page the plain one', () => {
    const highlights = createHighlights();
    highlights.add(rangeOver('a'), 'conflicting');
    highlights.add(rangeOver('b'), 'conflicting');
    highlights.measureTones();
    expect(texts(HIGHLIGHT_NAMES.conflicting)).toEqual(['Armenia has left the CSTO.']);
    expect(texts(HIGHLIGHT_NAMES_ON_DARK.conflicting)).toEqual(['Pashinyan skipped Minsk.']);
    expect(registry.get(HIGHLIGHT_NAMES_ON_DARK.conflicting)?.priority).toBe(
      registry.get(HIGHLIGHT_NAMES.conflicting)?.priority,
    );
    expect(highlights.verify('all')).toBe(0);
  });

  test('the open claim is painted again with the active highlight of its own verdict and tone', () => {
    const highlights = createHighlights();
    const a = rangeOver('a');
    const b = rangeOver('b');
    highlights.add(a, 'conflicting');
    highlights.add(b, 'corroborated');
    highlights.setActive(b);
    // Opened before its background was measured: the measure moves the open claim's paint too.
    expect(texts(ACTIVE_NAMES.corroborated)).toEqual(['Pashinyan skipped Minsk.']);
    highlights.measureTones();
    expect(texts(ACTIVE_NAMES.corroborated)).toEqual([]);
    expect(texts(ACTIVE_NAMES_ON_DARK.corroborated)).toEqual(['Pashinyan skipped Minsk.']);
    expect(texts(HIGHLIGHT_NAMES_ON_DARK.corroborated)).toEqual(['Pashinyan skipped Minsk.']);
    highlights.setActive(a);
    expect(texts(ACTIVE_NAMES_ON_DARK.corroborated)).toEqual([]);
    expect(texts(ACTIVE_NAMES.conflicting)).toEqual(['Armenia has left the CSTO.']);
    expect(registry.get(ACTIVE_NAMES.conflicting)?.priority).toBeGreaterThan(
      registry.get(HIGHLIGHT_NAMES.conflicting)?.priority ?? 0,
    );
    highlights.setActive(null);
    expect(texts(ACTIVE_NAMES.conflicting)).toEqual([]);
  });

  test('a page moving a range from a dark highlight into a light one is put back', () => {
    const highlights = createHighlights();
    const b = rangeOver('b');
    highlights.add(rangeOver('a'), 'corroborated');
    highlights.add(b, 'conflicting');
    highlights.measureTones();
    const dark = registry.get(HIGHLIGHT_NAMES_ON_DARK.conflicting) as FakeHighlight;
    const [moved] = dark;
    dark.clear();
    registry.get(HIGHLIGHT_NAMES.corroborated)?.add(moved as AbstractRange);
    expect(highlights.verify(b)).toBeGreaterThan(0);
    expect(texts(HIGHLIGHT_NAMES_ON_DARK.conflicting)).toEqual(['Pashinyan skipped Minsk.']);
    expect(texts(HIGHLIGHT_NAMES.corroborated)).toEqual(['Armenia has left the CSTO.']);
  });

  test('removal, Related and leftovers work for the dark names too', () => {
    const highlights = createHighlights();
    const b = rangeOver('b');
    highlights.add(b, 'related');
    highlights.measureTones();
    highlights.paintRelated(true);
    expect(texts(HIGHLIGHT_NAMES_ON_DARK.related)).toEqual(['Pashinyan skipped Minsk.']);
    highlights.remove(b, 'related');
    expect(texts(HIGHLIGHT_NAMES_ON_DARK.related)).toEqual([]);
    highlights.add(b, 'disputed');
    highlights.setActive(b);
    removeLeftovers(document);
    expect([...registry.keys()]).toEqual([]);
  });

  test('adding reads no style: the claim is painted with the guess, and measured at the next frame', async () => {
    let reads = 0;
    const reader = createToneReader();
    const highlights = createHighlights(registry as unknown as Map<string, Highlight>, {
      ...reader,
      of: (range) => {
        reads++;
        return reader.of(range);
      },
    });
    highlights.add(rangeOver('b'), 'conflicting');
    expect(reads).toBe(0);
    expect(texts(HIGHLIGHT_NAMES.conflicting)).toEqual(['Pashinyan skipped Minsk.']);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(reads).toBe(1);
    expect(texts(HIGHLIGHT_NAMES.conflicting)).toEqual([]);
    expect(texts(HIGHLIGHT_NAMES_ON_DARK.conflicting)).toEqual(['Pashinyan skipped Minsk.']);
  });
});
