import type { DatePrecision } from '../record/types';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Nov 14, 2023", or "Nov 2023" / "2023" when only the month or year is known: never ambiguous. */
export function formatDate(date: string, precision: DatePrecision = 'day'): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  if (precision === 'year') return String(year);
  const monthName = MONTHS[month - 1] ?? '?';
  return precision === 'month' ? `${monthName} ${year}` : `${monthName} ${day}, ${year}`;
}
