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

/** What the hit test needs of our highlights (src/content-scripts/page-app/highlights.ts). */
export interface PaintedRanges {
  ownerOf(copy: AbstractRange): Range | null;
  paintsAll(): boolean;
}

interface HighlightHit {
  ranges?: readonly AbstractRange[];
}

type PointRegistry = { highlightsFromPoint?: (x: number, y: number) => readonly HighlightHit[] };

/** Per registry: the scale its answers were last checked at, and whether they held there. */
const checked = new WeakMap<object, { scale: string; holds: boolean }>();
// Claims tried before a check gives up: one may be unpainted (Related is held back by default).
const CHECK_TRIES = 3;

/**
 * Whether highlightsFromPoint answers for the points it is given at the page's present scale.
 * Chromium 156 under a device scale of 2 (200% zoom) answers for other points, so a hover found no
 * claim or the wrong one (issue 15). It is checked once per scale, on claims whose first line is in
 * view: the centre of that line must come back with the claim among the hits.
 */
function answersTrue(
  registry: object,
  fromPoint: NonNullable<PointRegistry['highlightsFromPoint']>,
  claims: Iterable<HasRange>,
  painted: PaintedRanges,
): boolean {
  const view = globalThis.window;
  const scale = `${view?.devicePixelRatio ?? 1} ${view?.visualViewport?.scale ?? 1}`;
  const known = checked.get(registry);
  if (known?.scale === scale) return known.holds;
  let tries = 0;
  for (const { range } of claims) {
    const line = range.getClientRects()[0];
    if (!line || line.width < 2 || line.top < 0 || line.left < 0) continue;
    if (view && (line.bottom > view.innerHeight || line.right > view.innerWidth)) continue;
    const owners = new Set(
      fromPoint
        .call(registry, line.left + line.width / 2, line.top + line.height / 2)
        .flatMap((hit) => [...(hit?.ranges ?? [])].map((copy) => painted.ownerOf(copy))),
    );
    // None of ours there: unless every claim is painted, this one may not be; another decides.
    const decided =
      owners.has(range) || [...owners].some(Boolean) || painted.paintsAll() || ++tries >= CHECK_TRIES;
    if (!decided) continue;
    const holds = owners.has(range);
    checked.set(registry, { scale, holds });
    return holds;
  }
  // Nothing in view to check it on: this answer is not taken, and the next is checked again.
  return false;
}

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
    if (!answersTrue(registry as object, fromPoint, claims, painted)) return undefined;
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
  // Read more than once below (the check, the platform's answer, the caret search), and a
  // generator is read only once.
  const all = Array.isArray(claims) ? (claims as readonly T[]) : [...claims];
  if (painted) {
    const found = claimFromHighlights(registry, x, y, all, painted);
    if (found !== undefined) return found;
  }
  const caret = caretAt(doc, x, y);
  if (!caret) return null;
  for (const claim of all) {
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
