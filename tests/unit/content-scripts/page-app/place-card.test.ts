import { describe, expect, test } from 'vitest';
import { lineNear, placeCard, sentenceBox } from '../../../../src/content-scripts/page-app/place-card';

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

describe('placeCard around a whole sentence', () => {
  const overlaps = (a: { top: number; left: number }, size: typeof card, b: ReturnType<typeof line>) =>
    a.left < b.right && a.left + size.width > b.left && a.top < b.bottom && a.top + size.height > b.top;
  const lines = [line(300, 100, 900), line(320, 100, 900), line(340, 100, 500)];

  test('below the last line of a wrapped sentence, covering none of its lines', () => {
    const box = sentenceBox(lines);
    if (!box) throw new Error('no box');
    const at = placeCard(box, card, viewport, 300, 305);
    expect(at.top).toBe(366);
    for (const l of lines) expect(overlaps(at, card, l)).toBe(false);
  });

  test('beside the sentence when neither above nor below has room', () => {
    const tall = [line(250, 100, 500), line(270, 100, 500), line(290, 100, 500)];
    const box = sentenceBox(tall);
    if (!box) throw new Error('no box');
    const at = placeCard(box, { width: 380, height: 500 }, { width: 1000, height: 800 }, 300, 260);
    expect(at.left).toBeGreaterThanOrEqual(506);
    expect(at.left + 380).toBeLessThanOrEqual(1000 - 8);
    expect(at.maxHeight).toBeNull();
  });

  test('a sentence with no laid-out line has no box', () => {
    expect(sentenceBox([{ top: 0, bottom: 0, left: 0, right: 0 }])).toBeNull();
  });
});
