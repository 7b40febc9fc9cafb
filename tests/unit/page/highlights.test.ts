// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import { createHighlights, HIGHLIGHT_NAMES } from '../../../src/page/highlights';
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
