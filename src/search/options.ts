import type { Options } from 'minisearch';

// One options object for building the index (at build time) and loading it (at run time):
// MiniSearch.loadJSON must get the same tokenizer and term processing the index was built with,
// or lookups silently miss.

export interface SearchDocument {
  /** Unique per document, e.g. "statement:azatutyun-2023-11-14/03" or "claim:id:support:2". */
  id: string;
  kind: 'statement' | 'claim' | 'support' | 'contradict';
  /** The statement or claim id the document stands for. */
  ref: string;
  text: string;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

export function processTerm(term: string): string | null {
  const lower = term.toLowerCase().replace(/['’]s$/u, '');
  return lower.length > 1 || /\p{N}/u.test(lower) ? lower : null;
}

export const searchOptions: Options<SearchDocument> = {
  fields: ['text'],
  storeFields: ['kind', 'ref'],
  tokenize,
  processTerm,
  searchOptions: { prefix: true, fuzzy: 0.2, combineWith: 'OR' },
};
