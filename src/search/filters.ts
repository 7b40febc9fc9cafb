import type { Claim, DatedAt, Statement } from '../record/types';
import type { RecordTables } from './summaries';
import type { SearchFilters } from './types';

// The last day a date of the given precision could mean: a statement dated "Jun 2024" falls in a
// range that ends on Jun 10, since it may have been said that day.
function lastDay({ date, precision }: DatedAt): string {
  const [year, month] = date.split('-') as [string, string];
  if (precision === 'year') return `${year}-12-31`;
  if (precision === 'month') {
    const days = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    return `${year}-${month}-${String(days).padStart(2, '0')}`;
  }
  return date;
}

/** A statement passes when it is by the speaker, from the outlet, has the stance, and could have
 * been said within the date range (a month-precise date overlaps a range that touches its month). */
export function statementPasses(tables: RecordTables, statement: Statement, filters: SearchFilters): boolean {
  if (filters.speaker && statement.speaker !== filters.speaker) return false;
  if (filters.outlet && tables.sources.get(statement.source)?.outlet !== filters.outlet) return false;
  if (filters.stance && !(tables.stancesOf.get(statement.id) ?? []).includes(filters.stance)) return false;
  if (filters.from && lastDay(statement.said) < filters.from) return false;
  if (filters.to && statement.said.date > filters.to) return false;
  return true;
}

/** A claim passes when any statement it rests on (or that ended it) passes: one rule for all filters. */
export function claimPasses(tables: RecordTables, claim: Claim, filters: SearchFilters): boolean {
  if (!hasFilters(filters)) return true;
  const ids = [...claim.evidence.map((e) => e.statement), ...(claim.endedBy ?? [])];
  return ids.some((id) => {
    const statement = tables.statements.get(id);
    return statement !== undefined && statementPasses(tables, statement, filters);
  });
}

export const hasFilters = (f: SearchFilters): boolean =>
  Boolean(f.speaker || f.outlet || f.stance || f.from || f.to);
