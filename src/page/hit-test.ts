/** Something with a range on the page that the pointer can be over. */
export interface HasRange {
  readonly range: Range;
}

interface Caret {
  node: Node;
  offset: number;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** The text position under a viewport point (caretPositionFromPoint; caretRangeFromPoint before Chrome 128). */
export function caretAt(doc: Document, x: number, y: number): Caret | null {
  const d = doc as CaretDocument;
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

const inside = (r: DOMRect, x: number, y: number) =>
  x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;

/** What the hit test needs of our highlights (src/page/highlights.ts). */
export interface PaintedRanges {
  ownerOf(copy: AbstractRange): Range | null;
  paintsAll(): boolean;
}

interface HighlightHit {
  ranges?: readonly AbstractRange[];
}

type PointRegistry = { highlightsFromPoint?: (x: number, y: number) => readonly HighlightHit[] };

/**
 * The claim under the pointer by the platform's own answer, CSS.highlights.highlightsFromPoint
 * (Chrome 140+, Firefox 150+): the painted ranges there, each mapped back to our own range. The
 * registry is shared with the page, which can move a copy's boundaries or add ranges of its own, so
 * nothing it returns decides alone: only our range, and the point inside one of its line boxes.
 * undefined where it cannot answer (no such method, an older result without ranges) or where a
 * miss proves nothing (some claims are not painted): the caret search decides then.
 */
export function claimFromHighlights<T extends HasRange>(
  registry: unknown,
  x: number,
  y: number,
  claims: Iterable<T>,
  painted: PaintedRanges,
): T | null | undefined {
  const fromPoint = (registry as PointRegistry | undefined)?.highlightsFromPoint;
  if (typeof fromPoint !== 'function') return undefined;
  let hits: readonly HighlightHit[];
  try {
    hits = fromPoint.call(registry, x, y);
  } catch {
    return undefined;
  }
  const ours = new Set<Range>();
  // A range that is not one of our copies: the page's own highlight, perhaps registered in place of
  // ours, so what is missing from the answer may still be a claim of ours under the point.
  let foreign = false;
  for (const hit of hits) {
    if (!hit || !Array.isArray(hit.ranges)) return undefined;
    for (const copy of hit.ranges) {
      const range = painted.ownerOf(copy);
      if (range) ours.add(range);
      else foreign = true;
    }
  }
  if (ours.size > 0)
    for (const claim of claims) {
      if (!ours.has(claim.range)) continue;
      for (const rect of claim.range.getClientRects()) if (inside(rect, x, y)) return claim;
    }
  return painted.paintsAll() && !foreign ? null : undefined;
}

/**
 * The claim under the pointer, or null: by our highlights where the browser can tell which are
 * under a point (claimFromHighlights), else by the caret position, which finds the candidate
 * cheaply; since the caret snaps to the nearest character even when the pointer is in the margin
 * beside a line, the point must also fall inside one of the sentence's line boxes.
 */
export function claimAt<T extends HasRange>(
  doc: Document,
  x: number,
  y: number,
  claims: Iterable<T>,
  painted?: PaintedRanges,
  registry: unknown = globalThis.CSS?.highlights,
): T | null {
  if (painted) {
    const found = claimFromHighlights(registry, x, y, claims, painted);
    if (found !== undefined) return found;
  }
  const caret = caretAt(doc, x, y);
  if (!caret) return null;
  for (const claim of claims) {
    let hit = false;
    try {
      hit = claim.range.isPointInRange(caret.node, caret.offset);
    } catch {
      // A caret in another tree (a doctype, a detached node) is simply not in this range.
    }
    if (!hit) continue;
    for (const rect of claim.range.getClientRects()) if (inside(rect, x, y)) return claim;
  }
  return null;
}
