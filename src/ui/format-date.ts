import { ENGLISH, type Translator } from '../i18n/translate';
import type { DatePrecision } from '../record/types';

// The one record-date formatter is src/i18n/dates.ts (Intl, in the interface language); the UI's
// English callers reach it here.
export { formatDate } from '../i18n/dates';

const DAY_MS = 86_400_000;

const utcDays = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);

/**
 * How far a dated statement is from the page's own date, in words: "3 days before this page",
 * "7 months after this page". Only as precise as the statement's date.
 */
export function distanceFromPage(
  date: string,
  precision: DatePrecision,
  pageDate: string | undefined,
  text: Translator = ENGLISH,
): string | null {
  if (!pageDate) return null;
  const days = utcDays(date) - utcDays(pageDate);
  const before = days < 0;
  const abs = Math.abs(days);
  if (precision === 'day' && abs === 0) return text.t('samePageDay');
  if (precision === 'day' && abs < 14) return text.count(before ? 'daysBeforePage' : 'daysAfterPage', abs);
  if (precision !== 'year' && abs < 60)
    return text.count(before ? 'weeksBeforePage' : 'weeksAfterPage', Math.max(1, Math.round(abs / 7)));
  const months = Math.round(abs / 30.44);
  if (precision !== 'year' && months < 24)
    return text.count(before ? 'monthsBeforePage' : 'monthsAfterPage', months);
  // A year-precise date is compared by calendar year: 1992 is 32 years before a page of 2024.
  const years =
    precision === 'year'
      ? Math.abs(Number(pageDate.slice(0, 4)) - Number(date.slice(0, 4)))
      : Math.round(abs / 365.25);
  if (years === 0) return text.t('samePageYear');
  const yearBefore = precision === 'year' ? Number(date.slice(0, 4)) < Number(pageDate.slice(0, 4)) : before;
  return text.count(yearBefore ? 'yearsBeforePage' : 'yearsAfterPage', years);
}
