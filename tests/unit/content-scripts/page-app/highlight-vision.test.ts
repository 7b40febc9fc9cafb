import { describe, expect, test } from 'vitest';
import { contrast } from '../../../../src/content-scripts/page-app/page-tone';
import {
  FILLS,
  hue,
  hueGap,
  LINE_RULES,
  LINES,
  lineOf,
  type Rgba,
  rgbOf,
  SETS,
  VERDICTS,
} from './palette-css';

// Verdicts told apart by more than colour (issue 15): under protanopia, deuteranopia and
// tritanopia red and amber, and green and blue-grey, come close, so each verdict's underline has a
// style of its own, and each line, as such a reader sees it, still stands 3:1 against its page.
//
// The simulation is Machado, Oliveira and Fernandes (2009) at full severity, applied to linear
// RGB as in their paper's model of the cone responses.
const SIMULATIONS: Record<string, number[][]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

const toLinear = (v: number) => {
  const c = v / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};
const toSrgb = (c: number) => {
  const v = Math.min(1, Math.max(0, c));
  return 255 * (v <= 0.0031308 ? v * 12.92 : 1.055 * v ** (1 / 2.4) - 0.055);
};
/** The colour as a reader with this colour vision sees it. */
const seenAs = (rgb: readonly number[], matrix: number[][]) => {
  const linear = rgb.slice(0, 3).map(toLinear);
  return matrix.map((row) => toSrgb(row.reduce((sum, m, i) => sum + m * (linear[i] ?? 0), 0)));
};

const styleOf = (name: string) => LINE_RULES.get(name)?.match(/text-decoration:\s*underline\s+(\w+)/)?.[1];

describe('the highlight palette under colour-vision deficiencies', () => {
  describe.each(SETS)('on $tone backgrounds', ({ names, active, backgrounds }) => {
    test('every verdict has an underline style of its own, open or not', () => {
      for (const set of [names, active]) {
        const styles = VERDICTS.map((verdict) => styleOf(set[verdict]));
        expect(styles.every(Boolean), styles.join(' ')).toBe(true);
        expect(new Set(styles).size, styles.join(' ')).toBe(VERDICTS.length);
      }
    });

    test.each(Object.keys(SIMULATIONS))('%s: every line still stands 3:1 on each background', (kind) => {
      const matrix = SIMULATIONS[kind] as number[][];
      for (const verdict of VERDICTS) {
        const line = seenAs(lineOf(names[verdict]) as Rgba, matrix);
        for (const hex of backgrounds) {
          const page = seenAs(rgbOf(hex), matrix);
          const what = `${names[verdict]} seen with ${kind} on ${hex}`;
          expect(contrast(line, page), what).toBeGreaterThanOrEqual(3);
        }
      }
    });
  });

  test('forced colours change only colours and thicknesses, never the style that tells a verdict', () => {
    for (const sheet of [LINES, FILLS]) {
      const forced = sheet.slice(sheet.indexOf('@media (forced-colors: active)'));
      expect(forced.length, 'a forced-colours block').toBeGreaterThan(40);
      expect(forced).not.toMatch(/text-decoration(-line|-style)?\s*:/);
    }
  });

  test('the simulation is sound: grey stays grey, and red and green turn one hue for protanopia and deuteranopia', () => {
    for (const matrix of Object.values(SIMULATIONS)) {
      const grey = seenAs([128, 128, 128], matrix);
      for (const channel of grey) expect(Math.abs(channel - 128)).toBeLessThan(2);
    }
    for (const kind of ['protanopia', 'deuteranopia']) {
      const matrix = SIMULATIONS[kind] as number[][];
      const [red, green] = [seenAs([200, 0, 0], matrix), seenAs([0, 120, 0], matrix)];
      expect(hueGap(hue(red), hue(green)), kind).toBeLessThan(10);
    }
  });
});
