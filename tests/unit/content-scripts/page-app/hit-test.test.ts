// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createHighlights, HIGHLIGHT_NAMES } from '../../../../src/content-scripts/page-app/highlights';
import { claimAt } from '../../../../src/content-scripts/page-app/hit-test';
import { FakeHighlight, installFakeHighlights } from './fixtures';

// Hover hit testing: by CSS.highlights.highlightsFromPoint where the browser has it, mapped back
// from the painted copies to our own ranges, and by the caret position otherwise.

type Registry = Map<string, FakeHighlight> & { highlightsFromPoint?: unknown };
let registry: Registry;

/** Line boxes per range, as a layout engine would give them (happy-dom has none). */
const boxes = new Map<string, DOMRect>();
const rect = (left: number, top: number, width: number, height: number) =>
  ({ left, top, right: left + width, bottom: top + height, width, height }) as DOMRect;

beforeEach(() => {
  document.body.innerHTML = '<p id="a">Armenia has left the CSTO.</p><p id="b">Pashinyan skipped Minsk.</p>';
  registry = installFakeHighlights();
  boxes.set('a', rect(0, 0, 300, 20));
  boxes.set('b', rect(0, 40, 300, 20));
  // Our ranges' boxes follow their boundaries, as in a browser: a range is placed by its start.
  vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(function (this: Range) {
    const id = (this.startContainer.parentElement ?? (this.startContainer as Element)).id;
    const box = boxes.get(id);
    return (box ? [box] : []) as unknown as DOMRectList;
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  delete (document as { caretPositionFromPoint?: unknown }).caretPositionFromPoint;
});

function rangeOver(id: string): Range {
  const range = document.createRange();
  range.selectNodeContents((document.getElementById(id) as Element).firstChild as Text);
  return range;
}

/** The platform's answer: every range of every registered highlight whose box holds the point. */
function platformHitTest() {
  const fromPoint = vi.fn((x: number, y: number) =>
    [...registry.values()]
      .map((highlight) => ({
        highlight,
        ranges: [...highlight].filter((r) =>
          [...(r as Range).getClientRects()].some(
            (b) => x >= b.left && x <= b.right && y >= b.top && y <= b.bottom,
          ),
        ),
      }))
      .filter((hit) => hit.ranges.length > 0),
  );
  registry.highlightsFromPoint = fromPoint;
  return fromPoint;
}

/** A caret search that must not be needed, or that finds the text under a point. */
function caret() {
  const at = vi.fn((_x: number, y: number) => {
    const id = y < 30 ? 'a' : 'b';
    return { offsetNode: (document.getElementById(id) as Element).firstChild as Node, offset: 3 };
  });
  (document as { caretPositionFromPoint?: unknown }).caretPositionFromPoint = at;
  return at;
}

function setUp() {
  const highlights = createHighlights();
  const a = { range: rangeOver('a'), id: 'a' };
  const b = { range: rangeOver('b'), id: 'b' };
  highlights.add(a.range, 'conflicting');
  highlights.add(b.range, 'corroborated');
  return { highlights, claims: [a, b] };
}

describe('claimAt with highlightsFromPoint', () => {
  test('maps the painted copy under the point back to our claim, with no caret search', () => {
    const { highlights, claims } = setUp();
    const fromPoint = platformHitTest();
    const search = caret();
    expect(claimAt(document, 10, 45, claims, highlights)?.id).toBe('b');
    expect(claimAt(document, 10, 5, claims, highlights)?.id).toBe('a');
    // Once more, the first time, to check its answers hold at this scale.
    expect(fromPoint).toHaveBeenCalledTimes(3);
    expect(search).not.toHaveBeenCalled();
  });

  test('claims given as a generator are all read, by the check and by the answer', () => {
    const { highlights, claims } = setUp();
    platformHitTest();
    caret();
    function* once() {
      yield* claims;
    }
    expect(claimAt(document, 10, 45, once(), highlights)?.id).toBe('b');
  });

  test('a point over no highlight is no claim, when every claim is painted', () => {
    const { highlights, claims } = setUp();
    platformHitTest();
    const search = caret();
    expect(claimAt(document, 10, 30, claims, highlights)).toBeNull();
    expect(search).not.toHaveBeenCalled();
  });

  test("a copy the page moved elsewhere decides nothing: our range's own boxes do", () => {
    const { highlights, claims } = setUp();
    platformHitTest();
    caret();
    // The page moves the copy painting claim a onto b's text: the platform now finds it at b.
    const [copyOfA] = registry.get(HIGHLIGHT_NAMES.conflicting) ?? [];
    (copyOfA as Range).selectNodeContents((document.getElementById('b') as Element).firstChild as Text);
    // Under (10, 45) is claim b; our range a is still over a's text, so a is not found there.
    expect(claimAt(document, 10, 45, claims, highlights)?.id).toBe('b');
    expect(claimAt(document, 10, 45, [claims[0] as (typeof claims)[0]], highlights)).toBeNull();
  });

  test('a range the page added to our highlight is not ours, and finds nothing', () => {
    const { highlights, claims } = setUp();
    platformHitTest();
    caret();
    boxes.set('c', rect(0, 80, 300, 20));
    document.body.insertAdjacentHTML('beforeend', '<p id="c">The page own text.</p>');
    registry.get(HIGHLIGHT_NAMES.conflicting)?.add(rangeOver('c'));
    expect(highlights.ownerOf(rangeOver('c'))).toBeNull();
    expect(claimAt(document, 10, 85, claims, highlights)).toBeNull();
  });

  test('the reverse map forgets removed ranges and cleared highlights', () => {
    const { highlights, claims } = setUp();
    const [copyOfA] = registry.get(HIGHLIGHT_NAMES.conflicting) ?? [];
    expect(highlights.ownerOf(copyOfA as Range)).toBe(claims[0]?.range);
    highlights.remove(claims[0]?.range as Range, 'conflicting');
    expect(highlights.ownerOf(copyOfA as Range)).toBeNull();
    const [copyOfB] = registry.get(HIGHLIGHT_NAMES.corroborated) ?? [];
    highlights.clear();
    expect(highlights.ownerOf(copyOfB as Range)).toBeNull();
  });
});

describe('claimAt checks the platform answers for the point it is given', () => {
  const atScale = (scale: number) =>
    Object.defineProperty(window, 'devicePixelRatio', { value: scale, configurable: true });
  afterEach(() => atScale(1));

  test('a platform answering for other points (Chromium at a device scale of 2) gives way to the caret', () => {
    const { highlights, claims } = setUp();
    atScale(2);
    const fromPoint = platformHitTest();
    // It answers for another point than the one it is given (here, 400 px to its right).
    const scaled = fromPoint.getMockImplementation() as (x: number, y: number) => unknown[];
    registry.highlightsFromPoint = vi.fn((x: number, y: number) => scaled(x + 400, y));
    const search = caret();
    expect(claimAt(document, 10, 5, claims, highlights)?.id).toBe('a');
    expect(claimAt(document, 10, 45, claims, highlights)?.id).toBe('b');
    expect(claimAt(document, 10, 30, claims, highlights)).toBeNull();
    expect(search).toHaveBeenCalledTimes(3);
    // Checked once at this scale, then not asked again.
    expect(registry.highlightsFromPoint).toHaveBeenCalledTimes(1);
  });

  test('a new scale is checked again: the answers that hold are taken', () => {
    const { highlights, claims } = setUp();
    const fromPoint = platformHitTest();
    const scaled = fromPoint.getMockImplementation() as (x: number, y: number) => unknown[];
    registry.highlightsFromPoint = vi.fn((x: number, y: number) => scaled(x + 400, y));
    const search = caret();
    expect(claimAt(document, 10, 45, claims, highlights)?.id).toBe('b');
    expect(search).toHaveBeenCalledTimes(1);
    // The reader zooms back: the platform answers true again at the new scale.
    atScale(1.5);
    registry.highlightsFromPoint = fromPoint;
    expect(claimAt(document, 10, 45, claims, highlights)?.id).toBe('b');
    expect(search).toHaveBeenCalledTimes(1);
  });

  test('with no claim in view to check on, the answer is not taken', () => {
    const { highlights, claims } = setUp();
    boxes.set('a', rect(0, -100, 300, 20));
    boxes.set('b', rect(0, 5000, 300, 20));
    platformHitTest();
    const search = caret();
    expect(claimAt(document, 10, 5, claims, highlights)).toBeNull();
    expect(search).toHaveBeenCalledTimes(1);
  });
});

describe('claimAt falls back to the caret search', () => {
  test('where the browser has no highlightsFromPoint', () => {
    const { highlights, claims } = setUp();
    const search = caret();
    expect(claimAt(document, 10, 45, claims, highlights)?.id).toBe('b');
    expect(search).toHaveBeenCalledTimes(1);
  });

  test('where its answer has no ranges (an earlier shape of the API)', () => {
    const { highlights, claims } = setUp();
    registry.highlightsFromPoint = () => [...registry.values()];
    const search = caret();
    expect(claimAt(document, 10, 5, claims, highlights)?.id).toBe('a');
    expect(search).toHaveBeenCalledTimes(1);
  });

  test('where it throws', () => {
    const { highlights, claims } = setUp();
    registry.highlightsFromPoint = () => {
      throw new Error('not here');
    };
    caret();
    expect(claimAt(document, 10, 45, claims, highlights)?.id).toBe('b');
  });

  test('on a miss while some claims are not painted (Related, held back)', () => {
    const highlights = createHighlights();
    const related = { range: rangeOver('b'), id: 'b' };
    highlights.add(related.range, 'related');
    platformHitTest();
    const search = caret();
    expect(highlights.paintsAll()).toBe(false);
    expect(claimAt(document, 10, 45, [related], highlights)?.id).toBe('b');
    expect(search).toHaveBeenCalledTimes(1);
    highlights.paintRelated(true);
    expect(highlights.paintsAll()).toBe(true);
  });

  test('on a miss once the page has been caught changing our highlights', () => {
    const { highlights, claims } = setUp();
    platformHitTest();
    // The page empties our highlight; until the next repair the platform finds nothing there.
    registry.get(HIGHLIGHT_NAMES.corroborated)?.clear();
    highlights.verify();
    registry.get(HIGHLIGHT_NAMES.corroborated)?.clear();
    const search = caret();
    expect(highlights.paintsAll()).toBe(false);
    expect(claimAt(document, 10, 45, claims, highlights)?.id).toBe('b');
    expect(search).toHaveBeenCalledTimes(1);
  });

  test("on a miss where the page's own highlight stands in place of ours", () => {
    const { highlights, claims } = setUp();
    platformHitTest();
    // The page registers a highlight of its own under our name, over claim b's text: the platform
    // answers with the page's range, none of ours, until the next repair.
    registry.set(HIGHLIGHT_NAMES.corroborated, new FakeHighlight([rangeOver('b')]));
    const search = caret();
    expect(claimAt(document, 10, 45, claims, highlights)?.id).toBe('b');
    expect(search).toHaveBeenCalledTimes(1);
  });

  test("on a miss where the page's own highlight stands in place of ours over other text", () => {
    const { highlights, claims } = setUp();
    platformHitTest();
    // Registered under our name over claim a: at claim b's point the platform finds no highlight at
    // all, which proves nothing while our entry is not ours.
    registry.set(HIGHLIGHT_NAMES.corroborated, new FakeHighlight([rangeOver('a')]));
    const search = caret();
    expect(highlights.paintsAll()).toBe(false);
    expect(claimAt(document, 10, 45, claims, highlights)?.id).toBe('b');
    expect(search).toHaveBeenCalledTimes(1);
  });

  test('without our highlights to map from', () => {
    const { claims } = setUp();
    const fromPoint = platformHitTest();
    caret();
    expect(claimAt(document, 10, 45, claims)?.id).toBe('b');
    expect(fromPoint).not.toHaveBeenCalled();
  });
});
