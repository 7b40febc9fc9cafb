import { describe, expect, test } from 'vitest';
import { contrast, toneOfColour } from '../../../../src/content-scripts/page-app/page-tone';
import {
  FILLS,
  fillOf,
  hue,
  hueGap,
  LINE_RULES,
  LINES,
  lineOf,
  over,
  type Rgba,
  rgbOf,
  SETS,
  VERDICTS,
} from './palette-css';

// The palette as the browser gets it: the two stylesheets, parsed. Every verdict's underline must
// stand at least 3:1 (WCAG non-text contrast) against the backgrounds of its set, bare and under
// the fills it is painted over, and the open claim's fill must keep the verdict's hue (issue 15).

describe('the highlight palette', () => {
  test('the OS scheme picks no colour: both sets are always there, chosen by the page', () => {
    expect(LINES).not.toMatch(/prefers-color-scheme/);
    expect(FILLS).not.toMatch(/prefers-color-scheme/);
  });

  describe.each(SETS)('on $tone backgrounds', ({ tone, names, active, backgrounds }) => {
    test('the backgrounds are measured as this tone', () => {
      for (const hex of backgrounds) expect(toneOfColour(rgbOf(hex)), hex).toBe(tone);
    });

    test.each(VERDICTS)('%s has a line and an open-claim line in this set', (verdict) => {
      expect(lineOf(names[verdict]), names[verdict]).not.toBeNull();
      expect(lineOf(active[verdict]), active[verdict]).not.toBeNull();
    });

    test.each(VERDICTS)(
      '%s: its line is at least 3:1 on each background, bare, filled and open',
      (verdict) => {
        const line = lineOf(names[verdict]) as Rgba;
        const open = lineOf(active[verdict]) as Rgba;
        for (const hex of backgrounds) {
          const bare = rgbOf(hex);
          const filled = over(fillOf(names[verdict]), bare);
          const opened = over(fillOf(active[verdict]), filled);
          expect(contrast(line, bare), `${names[verdict]} on ${hex}`).toBeGreaterThanOrEqual(3);
          expect(contrast(line, filled), `${names[verdict]} on its fill over ${hex}`).toBeGreaterThanOrEqual(
            3,
          );
          expect(
            contrast(open, opened),
            `${active[verdict]} on its fills over ${hex}`,
          ).toBeGreaterThanOrEqual(3);
        }
      },
    );

    test.each(VERDICTS)('%s: the open claim keeps its colour, a little louder', (verdict) => {
      const line = lineOf(names[verdict]) as Rgba;
      expect(lineOf(active[verdict])?.slice(0, 3)).toEqual(line.slice(0, 3));
      const thickness = (name: string) =>
        Number(LINE_RULES.get(name)?.match(/text-decoration-thickness:\s*(\d+)px/)?.[1] ?? 0);
      // A double line keeps its weight (two thicker lines merge into a bar); the others gain a pixel.
      const gain = LINE_RULES.get(names[verdict])?.includes(' double ') ? 0 : 1;
      expect(thickness(active[verdict])).toBe(thickness(names[verdict]) + gain);
      const fill = fillOf(active[verdict]);
      expect(fill, `${active[verdict]} has a fill`).not.toBeNull();
      expect(hueGap(hue(fill as Rgba), hue(line)), `${active[verdict]} hue`).toBeLessThanOrEqual(20);
    });
  });
});
