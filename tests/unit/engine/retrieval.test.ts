import { describe, expect, test } from 'vitest';
import { type Posting, Retriever } from '../../../src/engine/retrieval';
import { TermIndex } from '../../../src/engine/term-index';
import { buildIndex, loadIndex, serializeIndex } from '../../../src/record-index/index';
import { realEngine } from './real-engine';

// The retriever reads postings straight from the serialized index and scores them itself instead of
// loading it into MiniSearch and calling `search` (src/engine/term-index.ts and
// src/engine/retrieval.ts say why): if an upgrade changes the format or the scoring, what it finds
// stops matching what MiniSearch finds, and this fails.
describe('retrieval over the real index', () => {
  const serialized = JSON.stringify(buildIndex(realEngine().record));
  const index = loadIndex(serialized);
  const retriever = new Retriever(TermIndex.parse(serialized));
  const terms = [...(index as unknown as { _index: Iterable<[string, unknown]> })._index].map(([t]) => t);
  const searched = (term: string): Posting[] =>
    index
      .search(term, { tokenize: () => [term], processTerm: (t) => t, prefix: false, fuzzy: false })
      .map((r) => ({
        id: r.id as string,
        kind: r.kind as Posting['kind'],
        ref: r.ref as string,
        score: r.score,
      }));

  test('every term has the postings, scores and order of a MiniSearch search for it', () => {
    expect(terms.length).toBeGreaterThan(500);
    const mismatches = terms.filter(
      (t) => JSON.stringify(retriever.postingsOf(t)) !== JSON.stringify(searched(t)),
    );
    expect(mismatches).toEqual([]);
  });

  test('document frequency is the number of documents a search finds, counted or as the build wrote it', () => {
    expect(terms.filter((t) => retriever.documentFrequency(t) !== searched(t).length)).toEqual([]);
    const built = new Retriever(TermIndex.parse(serializeIndex(buildIndex(realEngine().record))));
    expect(terms.filter((t) => built.documentFrequency(t) !== searched(t).length)).toEqual([]);
    expect(built.documentFrequency('constructor')).toBe(0);
  });

  test('a term the record never uses has no postings and weighs the most', () => {
    expect(retriever.postingsOf('zzqxv')).toEqual([]);
    expect(retriever.documentFrequency('zzqxv')).toBe(0);
    expect(retriever.weight('zzqxv')).toBeGreaterThan(retriever.weight('e:pashinyan'));
  });
});
