import type { Entity } from '../record/types';
import { processTerm, tokenize } from '../record-index/options';

// Name variants come from the record's own entity aliases (every language, inflected forms
// included), so "Pashinian" finds "Pashinyan" and "ОДКБ" finds "CSTO" without a hand-kept list
// here. Aliases are turned into terms with the index's own tokenizer and term processing, so a
// variant is spelled exactly as the index stores words.

export const terms = (text: string): string[] =>
  tokenize(text)
    .map(processTerm)
    .filter((t): t is string => t !== null);

interface Alias {
  entity: Entity;
  terms: string[];
}

export interface NameTable {
  /** Aliases by their first term, longest first, for matching runs of query terms. */
  byFirstTerm: Map<string, Alias[]>;
}

export function buildNameTable(entities: Entity[]): NameTable {
  const byFirstTerm = new Map<string, Alias[]>();
  for (const entity of entities) {
    const spellings = new Set([entity.name, ...Object.values(entity.aliases).flat()]);
    for (const spelling of spellings) {
      const aliasTerms = terms(spelling.replace(/\s*\([^)]*\)\s*$/u, ''));
      const first = aliasTerms[0];
      if (!first) continue;
      const list = byFirstTerm.get(first) ?? [];
      if (!list.some((a) => a.entity === entity && a.terms.join(' ') === aliasTerms.join(' '))) {
        list.push({ entity, terms: aliasTerms });
      }
      byFirstTerm.set(first, list);
    }
  }
  for (const list of byFirstTerm.values()) list.sort((a, b) => b.terms.length - a.terms.length);
  return { byFirstTerm };
}

/** One word of the query, or a run of words that spells a known name. */
export type QueryPart =
  | { kind: 'word'; term: string }
  | { kind: 'name'; typed: string[]; entities: Entity[] };

// The last word may still be being typed: "ОДК" should already find the CSTO. Three letters is
// enough to be a deliberate start of a name without turning every short word into one.
const MIN_PARTIAL = 3;

/**
 * Splits processed query terms into words and names, taking the longest alias that matches at
 * each position. `typing` says the last term may be incomplete (as-you-type).
 */
export function findNames(queryTerms: string[], table: NameTable, typing: boolean): QueryPart[] {
  const parts: QueryPart[] = [];
  let i = 0;
  while (i < queryTerms.length) {
    const found = longestAliasAt(queryTerms, i, table, typing);
    if (found) {
      parts.push({ kind: 'name', typed: queryTerms.slice(i, i + found.length), entities: found.entities });
      i += found.length;
    } else {
      parts.push({ kind: 'word', term: queryTerms[i] as string });
      i += 1;
    }
  }
  return parts;
}

function longestAliasAt(queryTerms: string[], at: number, table: NameTable, typing: boolean) {
  const first = queryTerms[at] as string;
  const isLast = (k: number) => typing && k === queryTerms.length - 1;
  const candidates =
    isLast(at) && first.length >= MIN_PARTIAL
      ? [...table.byFirstTerm.entries()].filter(([t]) => t.startsWith(first)).flatMap(([, list]) => list)
      : (table.byFirstTerm.get(first) ?? []);
  let best: { length: number; entities: Entity[] } | null = null;
  for (const alias of candidates) {
    const n = alias.terms.length;
    if (at + n > queryTerms.length) continue;
    const matches = alias.terms.every((t, k) => {
      const typed = queryTerms[at + k] as string;
      return isLast(at + k) ? t.startsWith(typed) : t === typed;
    });
    if (!matches) continue;
    if (!best || n > best.length) best = { length: n, entities: [alias.entity] };
    else if (n === best.length && !best.entities.includes(alias.entity)) best.entities.push(alias.entity);
  }
  return best;
}

/** Every spelling of the entities as term lists: single terms and multi-word names. */
export function spellingsOf(entities: Entity[], table: NameTable): string[][] {
  const seen = new Set<string>();
  const out: string[][] = [];
  for (const list of table.byFirstTerm.values()) {
    for (const alias of list) {
      if (!entities.includes(alias.entity)) continue;
      const key = alias.terms.join(' ');
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(alias.terms);
    }
  }
  return out;
}
