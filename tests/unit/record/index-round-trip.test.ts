import MiniSearch from 'minisearch';
import { expect, test } from 'vitest';
import { buildIndex, loadIndex } from '../../../src/record-index/index';
import { loadRealRecord } from './load-record';

// The index is built at build time and only loaded at run time: the loaded index must answer
// exactly as the freshly built one, which fails if build and load ever use different options.
const { corpus } = loadRealRecord();

const QUERIES = [
  'Pashinyan Minsk summit',
  'Lukashenko hasty decisions',
  'frozen de facto',
  'Zakharova two chairs',
  'Peskov regret',
  'Pashinian',
  'point of no return',
  'bubble alliance',
];

test('a loaded index answers every query as the freshly built one', () => {
  const fresh = buildIndex(corpus);
  const loaded = loadIndex(JSON.stringify(fresh));
  expect(loaded).toBeInstanceOf(MiniSearch);
  expect(loaded.documentCount).toBe(fresh.documentCount);
  for (const query of QUERIES) {
    const want = fresh.search(query).map((r) => [r.id, r.score.toFixed(6)]);
    expect(want.length, query).toBeGreaterThan(0);
    expect(
      loaded.search(query).map((r) => [r.id, r.score.toFixed(6)]),
      query,
    ).toEqual(want);
  }
});
