import MiniSearch, { type Query, type SearchResult } from 'minisearch';
import { plainIndexOptions } from '../record-index/options';
import { claimPasses, statementPasses } from './filters';
import { markTerms } from './marks';
import { findNames, type NameTable, type QueryPart, spellingsOf, terms } from './names';
import { STOP_WORDS } from './stop-words';
import { type RecordTables, summarizeClaim, summarizeStatement } from './summaries';
import type { ClaimHit, NameMatch, SearchAnswer, SearchFilters, StatementHit } from './types';

// The sidebar's own index, built at run time: only what a reader searches for (statements and
// claims, not the annotators' alternative formulations, which would surface claims for words they
// deny). Not the record index the engine retrieves from (src/record-index); it only shares its
// plain-word tokenizer and term processing (src/record-index/options), which it reads words with.
interface SearchEntry {
  id: string;
  text: string;
  gist: string;
  who: string;
}

export function buildSearchIndex(tables: RecordTables): MiniSearch<SearchEntry> {
  const index = new MiniSearch<SearchEntry>({
    fields: ['text', 'gist', 'who'],
    storeFields: [],
    tokenize: plainIndexOptions.tokenize,
    processTerm: plainIndexOptions.processTerm,
  });
  const name = (id: string) => tables.entities.get(id)?.name ?? '';
  for (const s of tables.record.statements) {
    const who = [name(s.speaker), ...s.reportedBy.map(name), tables.sources.get(s.source)?.outlet ?? ''];
    index.add({ id: `s:${s.id}`, text: s.text, gist: s.gist, who: who.join(' ') });
  }
  for (const c of tables.record.claims) {
    index.add({ id: `c:${c.id}`, text: c.text, gist: c.supportingPhrasings.join(' '), who: '' });
  }
  return index;
}

const wordQuery = (term: string): Query => ({
  queries: [term],
  prefix: term.length >= 3,
  fuzzy: term.length >= 5 ? 0.2 : false,
});

function partQuery(part: QueryPart, table: NameTable): Query {
  if (part.kind === 'word') return wordQuery(part.term);
  // A name: what was typed (still prefix and fuzzy, it may be half a word) or any exact spelling
  // of the entity, multi-word spellings needing all their words.
  const spellings = spellingsOf(part.entities, table).map((words): Query => {
    const meaningful = words.filter((w) => !STOP_WORDS.has(w));
    return {
      combineWith: 'AND',
      prefix: false,
      fuzzy: false,
      queries: meaningful.length > 0 ? meaningful : words,
    };
  });
  const typed: Query = { combineWith: 'AND', queries: part.typed.map(wordQuery) };
  return { combineWith: 'OR', queries: [typed, ...spellings] };
}

export interface SearchInput {
  query: string;
  filters: SearchFilters;
  limit: number;
  /** The last word may be incomplete (the reader is typing). */
  typing?: boolean;
}

export function searchRecord(
  tables: RecordTables,
  index: MiniSearch<SearchEntry>,
  names: NameTable,
  { query, filters, limit, typing = true }: SearchInput,
): SearchAnswer {
  const all = terms(query);
  const meaningful = all.filter((t) => !STOP_WORDS.has(t));
  const queryTerms = meaningful.length > 0 ? meaningful : all;
  const empty: SearchAnswer = { query, match: 'empty', names: [], claims: [], statements: [], total: 0 };
  if (queryTerms.length === 0) return empty;

  const parts = findNames(queryTerms, names, typing);
  const queries = parts.map((p) => partQuery(p, names));
  const boost = { text: 2, gist: 1, who: 1 };
  let match: SearchAnswer['match'] = 'all';
  let results = index.search({ combineWith: 'AND', queries }, { boost });
  if (results.length === 0 && queries.length > 1) {
    match = 'some';
    results = index.search({ combineWith: 'OR', queries }, { boost });
  }
  const hits = collect(tables, results, filters);
  return {
    query,
    match: hits.claims.length + hits.statements.length === 0 ? 'none' : match,
    names: nameMatches(parts),
    claims: hits.claims.slice(0, limit),
    statements: hits.statements.slice(0, limit),
    total: hits.claims.length + hits.statements.length,
  };
}

function collect(tables: RecordTables, results: SearchResult[], filters: SearchFilters) {
  const claims: ClaimHit[] = [];
  const statements: StatementHit[] = [];
  for (const result of results) {
    const id = String(result.id);
    const matched = new Set(result.terms);
    if (id.startsWith('s:')) {
      const statement = tables.statements.get(id.slice(2));
      if (!statement || !statementPasses(tables, statement, filters)) continue;
      statements.push({
        statement: summarizeStatement(tables, statement),
        marks: { text: markTerms(statement.text, matched), gist: markTerms(statement.gist, matched) },
      });
    } else {
      const claim = tables.claims.get(id.slice(2));
      if (!claim || !claimPasses(tables, claim, filters)) continue;
      claims.push({ claim: summarizeClaim(tables, claim), marks: markTerms(claim.text, matched) });
    }
  }
  return { claims, statements };
}

// Only names the reader did not already spell as the record does are worth telling them about.
function nameMatches(parts: QueryPart[]): NameMatch[] {
  const out: NameMatch[] = [];
  for (const part of parts) {
    if (part.kind !== 'name') continue;
    for (const entity of part.entities) {
      const own = new Set(terms(entity.name));
      if (part.typed.every((t) => own.has(t))) continue;
      if (!out.some((m) => m.name === entity.name))
        out.push({ typed: part.typed.join(' '), name: entity.name });
    }
  }
  return out;
}
