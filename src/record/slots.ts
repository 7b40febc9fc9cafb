import months from '../../data/lexicon/months.json';
import numberWords from '../../data/lexicon/numbers.json';
import type { DatedAt } from './types';

// The checkable details of an English sentence that a claim must take from its sources: the dates
// it names (a year, a month, a day, a season) and the numbers (digits and number words). Used by
// the validator to find details a claim's text or phrasings add to what its statements say.

export interface DateSlot {
  /** As written, for messages. */
  text: string;
  year: number | null;
  month: number | null;
  day: number | null;
  /** A season is never implied by a statement's date: the source must say it. */
  season: string | null;
}

// Month names and number words come from the engine's lexicon (data/lexicon), so the validator
// and the engine read the same words.
const MONTH_FORMS = months.map((m) => new RegExp(`^(?:${m.en})$`, 'i'));
const MONTH = `(${months.map((m) => m.en).join('|')})`;
const SEASONS = '(spring|summer|autumn|fall|winter)';
const YEAR = '((?:19|20)\\d\\d)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';

// A Map, so "constructor" in a claim's text is no number.
const NUMBER_WORDS = new Map<string, number>([
  ...Object.entries(numberWords.counts.en),
  ...Object.entries(numberWords.magnitudes.en),
]);

// Longest forms first, so "23 November 2023" is one date and not a day, a month and a year.
const DATE_FORMS: { pattern: RegExp; read: (m: RegExpExecArray) => Omit<DateSlot, 'text'> }[] = [
  {
    pattern: new RegExp(`\\b${DAY}(?:\\s*-\\s*\\d{1,2})?\\s+${MONTH}(?:,?\\s+${YEAR})?\\b`, 'gi'),
    read: (m) => slot(m[3], m[2], m[1]),
  },
  {
    pattern: new RegExp(`\\b${MONTH}\\s+${DAY}(?:\\s*-\\s*\\d{1,2})?(?:,?\\s+${YEAR})?\\b`, 'gi'),
    read: (m) => slot(m[3], m[1], m[2]),
  },
  { pattern: new RegExp(`\\b${MONTH}(?:\\s+(?:of\\s+)?${YEAR})?\\b`, 'gi'), read: (m) => slot(m[2], m[1]) },
  {
    pattern: new RegExp(`\\b${SEASONS}(?:\\s+(?:of\\s+)?${YEAR})?\\b`, 'gi'),
    read: (m) => ({ ...slot(m[2]), season: (m[1] ?? '').toLowerCase() }),
  },
  { pattern: new RegExp(`\\b${YEAR}\\b`, 'g'), read: (m) => slot(m[1]) },
];

function slot(year?: string, month?: string, day?: string): Omit<DateSlot, 'text'> {
  return {
    year: year ? Number(year) : null,
    month: month ? MONTH_FORMS.findIndex((form) => form.test(month)) + 1 : null,
    day: day ? Number(day) : null,
    season: null,
  };
}

/** The dates a text names, and the text with them blanked out (so their digits are not numbers). */
export function datesIn(text: string): { dates: DateSlot[]; rest: string } {
  const dates: DateSlot[] = [];
  let rest = text;
  for (const { pattern, read } of DATE_FORMS) {
    rest = rest.replace(pattern, (...args) => {
      const match = args.slice(0, -2) as unknown as RegExpExecArray;
      // "may" is a month only next to a day or year; "Armenia may leave" names no date.
      const slotRead = read(match);
      if (slotRead.month === 5 && slotRead.day === null && slotRead.year === null && /^may$/i.test(match[0]))
        return match[0];
      dates.push({ text: match[0], ...slotRead });
      return ' '.repeat(match[0].length);
    });
  }
  return { dates, rest };
}

/** The numbers a text names outside its dates, as digits or words ("two", "44-day", "Article 4"). */
export function numbersIn(text: string): number[] {
  const { rest } = datesIn(text);
  const numbers: number[] = [];
  for (const m of rest.matchAll(/\b\d+(?:[.,]\d+)?\b|\b[a-z]+\b/gi)) {
    const word = m[0].toLowerCase();
    // "no one" is nobody, not a count.
    if (word === 'one' && /\bno\s+$/i.test(rest.slice(0, m.index))) continue;
    if (/^\d/.test(word)) numbers.push(Number(word.replace(',', '')));
    else {
      const value = NUMBER_WORDS.get(word);
      if (value !== undefined) numbers.push(value);
    }
  }
  return numbers;
}

/** Whether a statement's date (said, or the event it is about) falls on the date a text names. */
export function dateFallsOn(slotDate: DateSlot, at: DatedAt): boolean {
  if (slotDate.season) return false;
  const [y, m, d] = at.date.split('-').map(Number) as [number, number, number];
  if (slotDate.year !== null && slotDate.year !== y) return false;
  if (slotDate.month !== null && (at.precision === 'year' || slotDate.month !== m)) return false;
  if (slotDate.day !== null && (at.precision !== 'day' || slotDate.day !== d)) return false;
  return true;
}

/** Whether a date a source text names agrees with the one a claim names, as far as both go. */
export function sameDate(claimDate: DateSlot, sourceDate: DateSlot): boolean {
  if (claimDate.season && claimDate.season !== sourceDate.season) return false;
  // "on June 12" in a text of 2024 is a day of 2024: a year the source leaves out is its own.
  if (claimDate.year !== null && sourceDate.year !== null && claimDate.year !== sourceDate.year) return false;
  if (claimDate.year !== null && sourceDate.year === null && sourceDate.month === null) return false;
  const fields = ['month', 'day'] as const;
  return fields.every((f) => claimDate[f] === null || claimDate[f] === sourceDate[f]);
}
