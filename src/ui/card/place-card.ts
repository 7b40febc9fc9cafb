export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface Placement {
  top: number;
  left: number;
  /** Set when neither side of the line has room for the whole card: it scrolls inside. */
  maxHeight: number | null;
}

const MARGIN = 8;
const GAP = 6;

/**
 * Where the card goes: under the line of the sentence it is about (or over it when there is no
 * room below), starting near the pointer, and always inside the viewport.
 */
export function placeCard(
  line: Box,
  card: { width: number; height: number },
  viewport: { width: number; height: number },
  pointerX?: number,
): Placement {
  const below = viewport.height - MARGIN - (line.bottom + GAP);
  const above = line.top - GAP - MARGIN;
  let top: number;
  let maxHeight: number | null = null;
  if (card.height <= below) top = line.bottom + GAP;
  else if (card.height <= above) top = line.top - GAP - card.height;
  else if (below >= above) {
    top = Math.max(MARGIN, line.bottom + GAP);
    maxHeight = Math.max(80, viewport.height - MARGIN - top);
  } else {
    maxHeight = Math.max(80, above);
    top = Math.max(MARGIN, line.top - GAP - maxHeight);
  }
  const wanted = pointerX === undefined ? line.left : pointerX - 24;
  const left = Math.max(MARGIN, Math.min(wanted, viewport.width - MARGIN - card.width));
  return { top: Math.round(top), left: Math.round(left), maxHeight };
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
