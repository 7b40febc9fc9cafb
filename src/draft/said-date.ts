import MONTHS from '../../data/lexicon/months.json';
import type { DatedAt } from '../record/types';
import { DATES } from './data';
import { formsPattern } from './forms';

// When a statement was said, read from its sentence against the article's publication date: an
// explicit date ("on 14 November", "November 14, 2023"), a weekday ("on Tuesday": the last one on or
// before publication), or a relative phrase ("last week", "earlier this year", as precise as it
// allows). Nothing of the kind: null, and the draft falls back to the publication date.

export interface SaidDate extends DatedAt {
  /** The words the date was read from. */
  from: string;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const utc = (date: string) => new Date(`${date}T00:00:00Z`);

function monthIndex(word: string): number | null {
  for (const m of MONTHS) {
    for (const language of ['en', 'ru', 'hy'] as const) {
      if (new RegExp(`^(?:${m[language]})\\p{L}*$`, 'iu').test(word)) return m.month;
    }
  }
  return null;
}

const MONTH_WORD = `(?:${MONTHS.flatMap((m) => [m.en, m.ru, m.hy]).join('|')})\\p{L}*`;
const DAY_MONTH = new RegExp(`(?<!\\d)(\\d{1,2})\\s+(${MONTH_WORD})(?:,?\\s+(\\d{4}))?`, 'iu');
const MONTH_DAY = new RegExp(`(?<!\\p{L})(${MONTH_WORD})\\s+(\\d{1,2})(?!\\d)(?:,?\\s+(\\d{4}))?`, 'iu');
const MONTH_YEAR = new RegExp(`(?<!\\p{L})(${MONTH_WORD})\\s+(\\d{4})`, 'iu');

/** A day of that month in the year given, or else the latest year that puts it on or before publication. */
function dayOf(year: string | undefined, month: number, day: number, published: string): string | null {
  let y = year ? Number(year) : Number(published.slice(0, 4));
  let date = new Date(Date.UTC(y, month - 1, day));
  if (!year && iso(date) > published) date = new Date(Date.UTC(--y, month - 1, day));
  return date.getUTCDate() === day ? iso(date) : null;
}

function explicitDate(text: string, published: string): SaidDate | null {
  const dm = DAY_MONTH.exec(text);
  const md = MONTH_DAY.exec(text);
  const first = [dm, md].filter((m) => m !== null).sort((a, b) => a.index - b.index)[0];
  if (first) {
    const [day, month] = first === dm ? [first[1], first[2]] : [first[2], first[1]];
    const index = monthIndex(month ?? '');
    const date = index ? dayOf(first[3], index, Number(day), published) : null;
    if (date) return { date, precision: 'day', from: first[0] };
  }
  const my = MONTH_YEAR.exec(text);
  const index = my ? monthIndex(my[1] ?? '') : null;
  if (my && index)
    return { date: `${my[2]}-${String(index).padStart(2, '0')}-01`, precision: 'month', from: my[0] };
  return null;
}

function weekdayDate(text: string, published: string): SaidDate | null {
  for (const forms of Object.values(DATES.weekdays)) {
    for (const [i, form] of forms.entries()) {
      const found = formsPattern([form], 'iu').exec(text);
      if (!found) continue;
      // Monday is 1 in getUTCDay; the day said is the last such weekday on or before publication.
      const date = utc(published);
      const back = (date.getUTCDay() - ((i + 1) % 7) + 7) % 7;
      date.setUTCDate(date.getUTCDate() - back);
      return { date: iso(date), precision: 'day', from: found[0] };
    }
  }
  return null;
}

function relativeDate(text: string, published: string): SaidDate | null {
  for (const rule of DATES.relative) {
    const found = formsPattern(rule.forms, 'iu').exec(text);
    if (!found) continue;
    const date = utc(published);
    date.setUTCDate(date.getUTCDate() - (rule.daysBefore ?? 0));
    date.setUTCMonth(date.getUTCMonth() - (rule.monthsBefore ?? 0));
    date.setUTCFullYear(date.getUTCFullYear() - (rule.yearsBefore ?? 0));
    const day = iso(date);
    const at =
      rule.precision === 'day'
        ? day
        : rule.precision === 'month'
          ? `${day.slice(0, 7)}-01`
          : `${day.slice(0, 4)}-01-01`;
    return { date: at, precision: rule.precision, from: found[0] };
  }
  return null;
}

export function saidDate(text: string, published: string): SaidDate | null {
  // A date after publication is what was announced ("the summit on 23 November"), not when.
  const explicit = explicitDate(text, published);
  const usable = explicit && explicit.date <= published ? explicit : null;
  return usable ?? weekdayDate(text, published) ?? relativeDate(text, published);
}
