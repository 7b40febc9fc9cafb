import MiniSearch from 'minisearch';
import type { SearchDocument } from '../engine/term-index';
import type { Corpus } from '../record/types';
import { indexOptions } from './options';

// The record index: the record's statements, its claims and the annotators' formulations for and
// against each claim, in MiniSearch. Built at build time into .generated/index.json
// (src/cli/build-record.ts) and read by the engine's retrieval (src/engine/term-index.ts). The
// sidebar's search builds an index of its own (src/search/search.ts).

export function indexDocuments(corpus: Corpus): SearchDocument[] {
  const docs: SearchDocument[] = [];
  for (const s of corpus.statements) {
    docs.push({ id: `statement:${s.id}`, kind: 'statement', ref: s.id, text: `${s.gist} ${s.text}` });
  }
  for (const c of corpus.claims) {
    docs.push({ id: `claim:${c.id}`, kind: 'claim', ref: c.id, text: c.text });
    c.supportingPhrasings.forEach((text, i) => {
      docs.push({ id: `claim:${c.id}:support:${i}`, kind: 'support', ref: c.id, text });
    });
    c.contradictingPhrasings.forEach((text, i) => {
      docs.push({ id: `claim:${c.id}:contradict:${i}`, kind: 'contradict', ref: c.id, text });
    });
  }
  return docs;
}

export function buildIndex(corpus: Corpus): MiniSearch<SearchDocument> {
  const index = new MiniSearch<SearchDocument>(indexOptions());
  index.addAll(indexDocuments(corpus));
  return index;
}

/**
 * The index as the build writes it: MiniSearch's own JSON (which loadIndex reads back), plus how
 * many documents hold each term, which the engine would otherwise count at run time from every
 * posting of every term it meets (src/engine/term-index.ts).
 */
export function serializeIndex(index: MiniSearch<SearchDocument>): string {
  const json = index.toJSON();
  const documentFrequencies: Record<string, number> = {};
  for (const [term, byField] of json.index) {
    documentFrequencies[term] = Math.max(...Object.values(byField).map((docs) => Object.keys(docs).length));
  }
  return JSON.stringify({ ...json, documentFrequencies });
}

/** Loads an index serialized at build time; never rebuilds it. */
export function loadIndex(serialized: string): MiniSearch<SearchDocument> {
  return MiniSearch.loadJSON<SearchDocument>(serialized, indexOptions());
}
