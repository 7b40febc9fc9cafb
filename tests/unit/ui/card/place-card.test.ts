import { describe, expect, test } from 'vitest';
import { lineNear, placeCard } from '../../../../src/ui/card/place-card';

const viewport = { width: 1000, height: 800 };
const card = { width: 380, height: 300 };
const line = (top: number, left = 100, right = 600) => ({ top, bottom: top + 20, left, right });

describe('placeCard', () => {
  test('under the line, starting near the pointer', () => {
    expect(placeCard(line(100), card, viewport, 300)).toEqual({ top: 126, left: 276, maxHeight: null });
  });

  test('over the line when there is no room below', () => {
    expect(placeCard(line(600), card, viewport, 300)).toEqual({ top: 294, left: 276, maxHeight: null });
  });

  test('inside the viewport at the right edge and the left edge', () => {
    expect(placeCard(line(100), card, viewport, 990).left).toBe(1000 - 8 - 380);
    expect(placeCard(line(100), card, viewport, 5).left).toBe(8);
  });

  test('a card taller than both sides scrolls inside, on the roomier side', () => {
    const tall = { width: 380, height: 900 };
    const below = placeCard(line(200), tall, viewport);
    expect(below.top).toBe(226);
    expect(below.maxHeight).toBe(800 - 8 - 226);
    const above = placeCard(line(600), tall, viewport);
    expect(above.top + (above.maxHeight ?? 0)).toBe(600 - 6);
    expect(above.top).toBeGreaterThanOrEqual(8);
  });

  test('without a pointer (keyboard) it aligns with the start of the line', () => {
    expect(placeCard(line(100, 240), card, viewport).left).toBe(240);
  });
});

describe('lineNear', () => {
  const rects = [line(100), line(120), line(140)];
  test('the line the pointer is on, or the first line', () => {
    expect(lineNear(rects, 125)).toBe(rects[1]);
    expect(lineNear(rects, 500)).toBe(rects[2]);
    expect(lineNear(rects)).toBe(rects[0]);
    expect(lineNear([], 10)).toBeNull();
  });
});
