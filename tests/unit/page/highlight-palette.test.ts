import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  ACTIVE_NAMES,
  ACTIVE_NAMES_ON_DARK,
  HIGHLIGHT_NAMES,
  HIGHLIGHT_NAMES_ON_DARK,
  type PaintedVerdict,
} from '../../../src/page/highlights';
import { contrast, parseColour, toneOfColour } from '../../../src/page/page-tone';

// The palette as the browser gets it: the two stylesheets, parsed. Every verdict's underline must
// stand at least 3:1 (WCAG non-text contrast) against the backgrounds of its set, bare and under
// the fills it is painted over, and the open claim's fill must keep the verdict's hue (issue 15).

const css = (file: string) => readFileSync(new URL(`../../../src/page/${file}`, import.meta.url), 'utf8');
const LINES = css('highlights.css');
const FILLS = css('highlight-fills.css');

/** The declarations of each top-level `::highlight(name)` rule; @media blocks are left out. */
function rules(text: string): Map<string, string> {
  const found = new Map<string, string>();
  const bare = text.replace(/\/\*[\s\S]*?\*\//g, '');
  let depth = 0;
  let start = 0;
  for (let i = 0; i < bare.length; i++) {
    if (bare[i] === '{') {
      if (depth === 0) start = i;
      depth++;
    } else if (bare[i] === '}' && --depth === 0) {
      const selector = bare.slice(bare.lastIndexOf('}', start) + 1, start).trim();
      const name = selector.match(/^::highlight\(([\w-]+)\)$/)?.[1];
      if (name) found.set(name, (found.get(name) ?? '') + bare.slice(start + 1, i));
    }
  }
  return found;
}

const LINE_RULES = rules(LINES);
const FILL_RULES = rules(FILLS);
type Rgba = [number, number, number, number];

const colourIn = (declarations: string | undefined, property: RegExp): Rgba | null => {
  const value = declarations?.match(property)?.[1];
  return value ? parseColour(value.replace(/\s*!important/, '').trim()) : null;
};
const lineOf = (name: string) =>
  colourIn(LINE_RULES.get(name), /text-decoration:\s*underline\s+\w+\s+(rgba?\([^)]*\))/);
const fillOf = (name: string) => colourIn(FILL_RULES.get(name), /background-color:\s*(rgba?\([^)]*\))/);

/** A translucent fill composited over an opaque colour. */
const over = (fill: Rgba | null, under: readonly number[]): number[] =>
  fill ? under.map((v, i) => (fill[i] ?? 0) * fill[3] + v * (1 - fill[3])) : [...under];

const hue = ([r = 0, g = 0, b = 0]: readonly number[]) => {
  const max = Math.max(r, g, b);
  const d = max - Math.min(r, g, b);
  if (d === 0) return 0;
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return (h * 60 + 360) % 360;
};
const hueGap = (a: number, b: number) => Math.min(Math.abs(a - b), 360 - Math.abs(a - b));

const SETS = [
  { tone: 'light', names: HIGHLIGHT_NAMES, active: ACTIVE_NAMES, backgrounds: ['#ffffff', '#f5f5f0'] },
  {
    tone: 'dark',
    names: HIGHLIGHT_NAMES_ON_DARK,
    active: ACTIVE_NAMES_ON_DARK,
    backgrounds: ['#000000', '#1e1e1e', '#222b33'],
  },
] as const;
const VERDICTS = Object.keys(HIGHLIGHT_NAMES) as PaintedVerdict[];
const rgbOf = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));

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
