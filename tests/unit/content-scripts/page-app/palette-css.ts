import { readFileSync } from 'node:fs';
import {
  ACTIVE_NAMES,
  ACTIVE_NAMES_ON_DARK,
  HIGHLIGHT_NAMES,
  HIGHLIGHT_NAMES_ON_DARK,
  type PaintedVerdict,
} from '../../../../src/content-scripts/page-app/highlights';
import { parseColour } from '../../../../src/content-scripts/page-app/page-tone';

// The highlight palette as the browser gets it: the two stylesheets, parsed, for the palette tests.

const css = (file: string) =>
  readFileSync(new URL(`../../../../src/content-scripts/page-app/${file}`, import.meta.url), 'utf8');
export const LINES = css('highlights.css');
export const FILLS = css('highlight-fills.css');

/** The declarations of each top-level `::highlight(name)` rule; @media blocks are left out. */
export function rules(text: string): Map<string, string> {
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

export const LINE_RULES = rules(LINES);
export const FILL_RULES = rules(FILLS);
export type Rgba = [number, number, number, number];

const colourIn = (declarations: string | undefined, property: RegExp): Rgba | null => {
  const value = declarations?.match(property)?.[1];
  return value ? parseColour(value.replace(/\s*!important/, '').trim()) : null;
};
export const lineOf = (name: string) =>
  colourIn(LINE_RULES.get(name), /text-decoration:\s*underline\s+\w+\s+(rgba?\([^)]*\))/);
export const fillOf = (name: string) =>
  colourIn(FILL_RULES.get(name), /background-color:\s*(rgba?\([^)]*\))/);

/** A translucent fill composited over an opaque colour. */
export const over = (fill: Rgba | null, under: readonly number[]): number[] =>
  fill ? under.map((v, i) => (fill[i] ?? 0) * fill[3] + v * (1 - fill[3])) : [...under];

/** The two sets of highlights and backgrounds of each tone they are painted on. */
export const SETS = [
  { tone: 'light', names: HIGHLIGHT_NAMES, active: ACTIVE_NAMES, backgrounds: ['#ffffff', '#f5f5f0'] },
  {
    tone: 'dark',
    names: HIGHLIGHT_NAMES_ON_DARK,
    active: ACTIVE_NAMES_ON_DARK,
    backgrounds: ['#000000', '#1e1e1e', '#222b33'],
  },
] as const;
export const VERDICTS = Object.keys(HIGHLIGHT_NAMES) as PaintedVerdict[];
export const rgbOf = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));

/** Hue in degrees, and the gap between two hues around the wheel. */
export const hue = ([r = 0, g = 0, b = 0]: readonly number[]) => {
  const max = Math.max(r, g, b);
  const d = max - Math.min(r, g, b);
  if (d === 0) return 0;
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return (h * 60 + 360) % 360;
};
export const hueGap = (a: number, b: number) => Math.min(Math.abs(a - b), 360 - Math.abs(a - b));
