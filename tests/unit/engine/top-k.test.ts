import { expect, test } from 'vitest';
import { bestPositions } from '../../../src/engine/top-k';
import { seededRng } from '../../support/seeded-rng';

// The reference: every position, stably sorted by descending score.
const reference = (scores: number[], k: number) =>
  scores
    .map((_, i) => i)
    .sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b)
    .slice(0, k);

test('equals the first k of a full stable sort, ties included', () => {
  const rng = seededRng(7);
  for (const [n, k, distinct] of [
    [0, 5, 10],
    [3, 5, 10],
    [50, 10, 4],
    [5_000, 1_000, 20],
    [5_000, 1_000, 1_000_000],
    [2_000, 1_999, 3],
  ] as const) {
    const scores = Array.from({ length: n }, () => Math.floor(rng() * distinct) / 7);
    expect(bestPositions(scores, k)).toEqual(reference(scores, k));
  }
});

test('all scores equal: the first k positions, in order', () => {
  expect(bestPositions(new Array(10).fill(1), 4)).toEqual([0, 1, 2, 3]);
  expect(bestPositions([1, 2, 3], 0)).toEqual([]);
});
