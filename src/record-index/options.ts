import type { Options } from 'minisearch';
import type { Analyzer } from '../engine/analyze/analyzer';
import { RecordAnalyzer } from '../engine/record-analyzer';
import type { SearchDocument } from '../engine/term-index';

// One options module for building the index (at build time) and loading it (at run time):
// MiniSearch.loadJSON must get the same tokenizer and term processing the index was built with,
// or queries against it silently miss.
//
// Two readings of text live here. `indexOptions` is what .generated/index.json is built and
// loaded with: the engine's canonical terms ("e:pashinyan" for Pashinian, Пашиняна and
// Փաշինյանը alike; "c:attend" for attend, skip and участие), so a Russian or Armenian sentence
// finds the English record. It uses the built-in lexicon only, never the record's own aliases,
// so loading needs nothing but the serialized index. `tokenize` / `processTerm` /
// `plainIndexOptions` read plain words (each token is a substring of the text, which the sidebar
// relies on to mark matches) for indexes built at run time from the record.

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

export function processTerm(term: string): string | null {
  const lower = term.toLowerCase().replace(/['’]s$/u, '');
  return lower.length > 1 || /\p{N}/u.test(lower) ? lower : null;
}

export const plainIndexOptions: Options<SearchDocument> = {
  fields: ['text'],
  storeFields: ['kind', 'ref'],
  tokenize,
  processTerm,
  searchOptions: { prefix: true, fuzzy: 0.2, combineWith: 'OR' },
};

let shared: Analyzer | undefined;

/** The record-independent analyzer behind the index's terms. */
export function indexAnalyzer(): Analyzer {
  shared ??= new RecordAnalyzer();
  return shared;
}

const CANONICAL = /^[ec]:/;

export function indexOptions(): Options<SearchDocument> {
  const analyzer = indexAnalyzer();
  return {
    fields: ['text'],
    storeFields: ['kind', 'ref'],
    tokenize: (text) => analyzer.terms(text),
    // Terms arrive canonical from the analyzer; only a query typed in capitals needs this.
    processTerm: (term) => (CANONICAL.test(term) ? term : term.toLowerCase()),
    searchOptions: {
      combineWith: 'OR',
      // Entity and concept ids are exact; plain words may be typed partly or misspelt.
      prefix: (term) => !CANONICAL.test(term) && term.length > 4,
      fuzzy: (term) => (!CANONICAL.test(term) && term.length > 5 ? 0.2 : false),
    },
  };
}
