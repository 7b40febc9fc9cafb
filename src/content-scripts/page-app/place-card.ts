export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface Placement {
  top: number;
  left: number;
  /** Set when no side of the sentence has room for the whole card: its body scrolls inside. */
  maxHeight: number | null;
}

/** The card's least distance from the viewport's edges. */
export const MARGIN = 8;
const GAP = 6;
// Below this the card's body would show no more than a line: better to cover part of the sentence.
const MIN_HEIGHT = 120;

const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(value, high));

/** The box around every line of the sentence that has a size (a wrapped sentence has one per line). */
export function sentenceBox(lines: ArrayLike<Box>): Box | null {
  let box: Box | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Box;
    if (line.bottom - line.top <= 0 && line.right - line.left <= 0) continue;
    box = box
      ? {
          top: Math.min(box.top, line.top),
          bottom: Math.max(box.bottom, line.bottom),
          left: Math.min(box.left, line.left),
          right: Math.max(box.right, line.right),
        }
      : { top: line.top, bottom: line.bottom, left: line.left, right: line.right };
  }
  return box;
}

/**
 * Where the card goes so that it covers no line of the sentence it explains (issue 15: anchored to
 * one line, it hid the rest): below the whole sentence, else above it, else beside it, always inside
 * the viewport. Horizontally it starts near the pointer, or at the sentence's start for the keyboard.
 * When no side has room for all of it, it takes the roomier of below and above and its body scrolls.
 */
export function placeCard(
  sentence: Box,
  card: { width: number; height: number },
  viewport: { width: number; height: number },
  pointerX?: number,
  pointerY?: number,
): Placement {
  const wanted = pointerX === undefined ? sentence.left : pointerX - 24;
  const left = clamp(wanted, MARGIN, viewport.width - MARGIN - card.width);
  const below = viewport.height - MARGIN - (sentence.bottom + GAP);
  const above = sentence.top - GAP - MARGIN;
  const done = (top: number, l: number, maxHeight: number | null = null): Placement => ({
    top: Math.round(Math.max(MARGIN, top)),
    left: Math.round(Math.max(MARGIN, l)),
    maxHeight,
  });
  if (card.height <= below) return done(sentence.bottom + GAP, left);
  if (card.height <= above) return done(sentence.top - GAP - card.height, left);
  const besideTop = clamp(
    (pointerY ?? sentence.top) - 24,
    MARGIN,
    Math.max(MARGIN, viewport.height - MARGIN - card.height),
  );
  const fitsHeight = card.height <= viewport.height - 2 * MARGIN;
  if (fitsHeight && sentence.right + GAP + card.width <= viewport.width - MARGIN)
    return done(besideTop, sentence.right + GAP);
  if (fitsHeight && sentence.left - GAP - card.width >= MARGIN)
    return done(besideTop, sentence.left - GAP - card.width);
  const room = Math.max(below, above);
  if (room >= MIN_HEIGHT) {
    return below >= above
      ? done(sentence.bottom + GAP, left, below)
      : done(sentence.top - GAP - above, left, above);
  }
  // The sentence fills the viewport (a long one at 200% zoom): nowhere is free, so the card keeps to
  // the edge the pointer is furthest from.
  const height = Math.min(card.height, viewport.height - 2 * MARGIN);
  const atBottom = pointerY === undefined || pointerY < viewport.height / 2;
  return done(
    atBottom ? viewport.height - MARGIN - height : MARGIN,
    left,
    height < card.height ? height : null,
  );
}

/** The line of a multi-line sentence nearest the pointer (or the first line, for the keyboard). */
export function lineNear(rects: ArrayLike<Box>, pointerY?: number): Box | null {
  let best: Box | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (let i = 0; i < rects.length; i++) {
    const rect = rects[i] as Box;
    if (rect.bottom - rect.top <= 0 && rect.right - rect.left <= 0) continue;
    if (pointerY === undefined) return rect;
    const distance =
      pointerY < rect.top ? rect.top - pointerY : pointerY > rect.bottom ? pointerY - rect.bottom : 0;
    if (distance < bestDistance) {
      best = rect;
      bestDistance = distance;
    }
  }
  return best;
}
