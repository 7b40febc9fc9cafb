import type { DatePrecision } from '../record/types';
import type { Locale } from './catalog';

/** The record's precisions, and a day of a month with no year. */
type Shape = DatePrecision | 'dayMonth';
const OPTIONS: Record<Shape, Intl.DateTimeFormatOptions> = {
  day: { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'short', timeZone: 'UTC' },
  year: { year: 'numeric', timeZone: 'UTC' },
  dayMonth: { month: 'short', day: 'numeric', timeZone: 'UTC' },
};

/**
 * A record date (YYYY-MM-DD) as the interface language writes it, only as precise as it is known:
 * "Nov 14, 2023", "Nov 2023" or "2023" in English, "14 нояб. 2023 г." in Russian. The record's
 * dates are calendar days, so they are formatted in UTC, never shifted by the reader's time zone.
 */
export function formatDate(date: string, precision: DatePrecision = 'day', locale: Locale = 'en'): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return formatter(locale, precision).format(Date.UTC(year, month - 1, day));
}

/** A day of a month with no year ("Nov 23", "23 нояб."), as the engine reads "on 23 November". */
export function formatDayMonth(month: number, day: number, locale: Locale = 'en'): string {
  return formatter(locale, 'dayMonth').format(Date.UTC(2000, month - 1, day));
}

// Building a formatter costs far more than formatting with one, and every card and check formats
// dates: one per locale and precision is kept.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: Locale, shape: Shape): Intl.DateTimeFormat {
  const key = `${locale} ${shape}`;
  let made = formatters.get(key);
  if (!made) {
    made = new Intl.DateTimeFormat(locale, OPTIONS[shape]);
    formatters.set(key, made);
  }
  return made;
}
