import type { BundledRecord } from '../record/types';
import { paragraphAround } from './context';
import { statementPasses } from './filters';
import { buildNameTable } from './names';
import { buildSearchIndex, type SearchInput, searchRecord } from './search';
import { buildTables, summarizeStatement } from './summaries';
import { groupByMonth } from './timeline';
import type { Facets, SearchAnswer, SearchFilters, StatementDetail, TimelineMonth } from './types';

export * from './types';

/** The sidebar's search of the record: the search itself, the timeline, a statement's detail and the
 * facets the filters offer. Pure: no DOM and no browser APIs. */
export interface Search {
  search(input: SearchInput): SearchAnswer;
  /** Statements in date order, grouped by month; only those matching the query when there is one. */
  timeline(query: string, filters: SearchFilters): TimelineMonth[];
  detail(statementId: string): StatementDetail | null;
  facets(): Facets;
}

export function createSearch(record: BundledRecord): Search {
  const tables = buildTables(record);
  const index = buildSearchIndex(tables);
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

// The background builds one search per record and keeps it as long as the record lives (an MV3
// service worker that restarts builds it again, in about 50 ms, on the first search).
const built = new WeakMap<BundledRecord, Search>();

export function searchFor(record: BundledRecord): Search {
  let search = built.get(record);
  if (!search) {
    search = createSearch(record);
    built.set(record, search);
  }
  return search;
}
