import type { BundledRecord } from '../record/types';
import { paragraphAround } from './context';
import { statementPasses } from './filters';
import { buildNameTable } from './names';
import { buildLookupIndex, type SearchInput, searchRecord } from './search';
import { buildTables, summarizeStatement } from './summaries';
import { groupByMonth } from './timeline';
import type { Facets, LookupFilters, SearchAnswer, StatementDetail, TimelineMonth } from './types';

export * from './types';

/** Everything the sidebar looks up in the record. Pure: no DOM and no browser APIs. */
export interface Lookup {
  search(input: SearchInput): SearchAnswer;
  /** Statements in date order, grouped by month; only those matching the query when there is one. */
  timeline(query: string, filters: LookupFilters): TimelineMonth[];
  detail(statementId: string): StatementDetail | null;
  facets(): Facets;
}

export function createLookup(record: BundledRecord): Lookup {
  const tables = buildTables(record);
  const index = buildLookupIndex(tables);
  const names = buildNameTable(record.entities);
  const search = (input: SearchInput) => searchRecord(tables, index, names, input);

  return {
    search,
    timeline(query, filters) {
      const all = record.statements.length;
      const statements = query.trim()
        ? search({ query, filters, limit: all }).statements.map((hit) => hit.statement)
        : record.statements
            .filter((s) => statementPasses(tables, s, filters))
            .map((s) => summarizeStatement(tables, s));
      return groupByMonth(statements);
    },
    detail(statementId) {
      const statement = tables.statements.get(statementId);
      if (!statement) return null;
      const ended = (claimId: string) => (tables.claims.get(claimId)?.endedBy ?? []).includes(statementId);
      return {
        statement: summarizeStatement(tables, statement),
        context: paragraphAround(record.texts[statement.source] ?? '', statement.text),
        claims: (tables.claimsOf.get(statementId) ?? []).map((claim) => ({
          id: claim.id,
          text: claim.text,
          stance: claim.evidence.find((e) => e.statement === statementId)?.stance ?? 'contradicts',
          disputed: claim.disputed ?? null,
          holds: claim.holds,
          ended: ended(claim.id),
        })),
      };
    },
    facets: () => facetsOf(record),
  };
}

function facetsOf(record: BundledRecord): Facets {
  const entities = new Map(record.entities.map((e) => [e.id, e]));
  const outletOf = new Map(record.sources.map((s) => [s.id, s.outlet]));
  const count = (keys: string[]) => {
    const counts = new Map<string, number>();
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  };
  const dates = record.statements.map((s) => s.said.date).sort();
  return {
    speakers: count(record.statements.map((s) => s.speaker)).map(([id, n]) => ({
      id,
      name: entities.get(id)?.name ?? id,
      person: entities.get(id)?.kind === 'person',
      count: n,
    })),
    outlets: count(record.statements.map((s) => outletOf.get(s.source) ?? s.source)).map(([name, n]) => ({
      name,
      count: n,
    })),
    dates: dates.length > 0 ? { first: dates[0] as string, last: dates[dates.length - 1] as string } : null,
  };
}

// The background builds one lookup per record and keeps it as long as the record lives (an MV3
// service worker that restarts builds it again, in about 50 ms, on the first lookup).
const built = new WeakMap<BundledRecord, Lookup>();

export function lookupFor(record: BundledRecord): Lookup {
  let lookup = built.get(record);
  if (!lookup) {
    lookup = createLookup(record);
    built.set(record, lookup);
  }
  return lookup;
}
