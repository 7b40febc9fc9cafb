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

/**
 * The claim under the pointer, or null. The caret position finds the candidate cheaply; since the
 * caret snaps to the nearest character even when the pointer is in the margin beside a line, the
 * point must also fall inside one of the sentence's line boxes.
 */
export function claimAt<T extends HasRange>(
  doc: Document,
  x: number,
  y: number,
  claims: Iterable<T>,
): T | null {
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
