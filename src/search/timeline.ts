import type { StatementSummary, TimelineMonth } from './types';

// Statements in the order they were said, grouped by month, so a reader sees a position change
// (no plans to leave in Nov 2023, frozen de facto in Feb 2024, "we will leave" in Jun 2024).
// A statement known only to the year gets its own group at the start of that year rather than
// pretending to be from January.
export function groupByMonth(statements: StatementSummary[]): TimelineMonth[] {
  const keyOf = (s: StatementSummary) =>
    s.said.precision === 'year' ? s.said.date.slice(0, 4) : s.said.date.slice(0, 7);
  const sorted = [...statements].sort(
    (a, b) =>
      keyOf(a).localeCompare(keyOf(b)) ||
      precisionRank(a) - precisionRank(b) ||
      a.said.date.localeCompare(b.said.date) ||
      a.id.localeCompare(b.id, undefined, { numeric: true }),
  );
  const months: TimelineMonth[] = [];
  for (const statement of sorted) {
    const key = keyOf(statement);
    let month = months[months.length - 1];
    if (!month || month.key !== key) {
      month = { key, statements: [] };
      months.push(month);
    }
    month.statements.push(statement);
  }
  return months;
}

// Within a month, statements dated only to the month come first: they could be from any day.
const precisionRank = (s: StatementSummary) => (s.said.precision === 'day' ? 1 : 0);
