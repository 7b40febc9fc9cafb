import MONTHS from '../../../data/lexicon/months.json';
// Dates written in a sentence, as day, month or year intervals. A date without a year keeps
// month and day only, and is compared on those.

export interface DateSlot {
  /** Inclusive bounds as "MM-DD"; with `year` they are in that year. */
  from: string;
  to: string;
  year: number | null;
  precision: 'day' | 'month' | 'year';
  start: number;
  end: number;
  /** "as of mid-November", "since 2023", "until June": the time of the statement, not of an event. */
  anchor: boolean;
}

// One entry per month: how each language writes it, as a regular expression (data/lexicon/months.json).
const EN_MONTHS = MONTHS.map((m) => m.en.slice(0, 3).toLowerCase());
// A Russian month's stem is the letters before its ending ("ма" of "ма[йяе]").
const RU_MONTHS = MONTHS.map((m) => m.ru.match(/^\p{L}+/u)?.[0] ?? m.ru);
const HY_MONTHS = MONTHS.map((m) => m.hy);
const DAYS_IN = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const EN_MONTH = `(${MONTHS.map((m) => m.en).join('|')})`;
const RU_MONTH = `(${MONTHS.map((m) => m.ru).join('|')})`;
const HY_MONTH = String.raw`(${HY_MONTHS.join('|')})[\u0561-\u0587]*`;
const YEAR = String.raw`((?:19|20)\d\d)`;
const PART = String.raw`(?:(mid|early|late|середин[аеуы]|начал[аеоу]|конц[ае]|կեսեր|սկզբ|վերջ)[\s-]*(?:of\s+)?)?`;

const PATTERNS: {
  re: RegExp;
  read: (m: RegExpExecArray) => Omit<DateSlot, 'start' | 'end' | 'anchor'> | null;
}[] = [
  // September 19-20, 2023 / November 23, 2023 / Nov. 23
  {
    re: new RegExp(
      String.raw`\b${EN_MONTH}\s+(\d{1,2})(?:\s*[-–]\s*(\d{1,2}))?(?:st|nd|rd|th)?(?:,?\s+${YEAR})?\b`,
      'g',
    ),
    read: (m) => day(enMonth(m[1]), m[2], m[3], m[4]),
  },
  // 23 November 2023 / 19-20 September
  {
    re: new RegExp(
      String.raw`\b(\d{1,2})(?:\s*[-–]\s*(\d{1,2}))?(?:st|nd|rd|th)?\s+(?:of\s+)?${EN_MONTH}(?:,?\s+${YEAR})?\b`,
      'g',
    ),
    read: (m) => day(enMonth(m[3]), m[1], m[2], m[4]),
  },
  // (mid-)November 2023, in February
  {
    re: new RegExp(String.raw`\b${PART}${EN_MONTH}(?:\s+${YEAR})?\b`, 'g'),
    read: (m) => month(enMonth(m[2]), m[3], m[1]),
  },
  // 23 ноября 2023 года
  {
    re: new RegExp(
      String.raw`(?<![\p{L}\d])(\d{1,2})(?:\s*[-–]\s*(\d{1,2}))?\s+${RU_MONTH}(?:\s+${YEAR})?`,
      'giu',
    ),
    read: (m) => day(ruMonth(m[3]), m[1], m[2], m[4]),
  },
  {
    re: new RegExp(String.raw`(?<![\p{L}])${PART}${RU_MONTH}(?:\s+${YEAR})?(?![\p{L}])`, 'giu'),
    read: (m) => month(ruMonth(m[2]), m[3], m[1]),
  },
  // 2023 թվականի նոյեմբերի 23-ին / նոյեմբերի 23-ին / նոյեմբերին
  {
    re: new RegExp(String.raw`(?:${YEAR}\s*թ[^\s]*\s+)?${HY_MONTH}\s+(\d{1,2})`, 'giu'),
    read: (m) => day(hyMonth(m[2]), m[3], undefined, m[1]),
  },
  {
    re: new RegExp(String.raw`(?:${YEAR}\s*թ[^\s]*\s+)?${HY_MONTH}`, 'giu'),
    read: (m) => month(hyMonth(m[2]), m[1], undefined),
  },
  {
    re: new RegExp(String.raw`(?<![\p{L}\d])${YEAR}(?![\d]|[-‑]?(?:day|year|strong|member)\b)`, 'gu'),
    read: (m) => year(m[1]),
  },
];

// `\b` is ASCII-only in JavaScript ("\bдо" never matches), so a word start is "no letter before".
const ANCHOR_BEFORE =
  /(?<!\p{L})(?:as of|since|until|till|by|through|up to|so far in|по состоянию на|с|со|до|вплоть до|մինչև|մինչ|սկսած)\s+(?:the\s+)?(?:(?:mid|early|late)[\s-]*)?$/iu;

// Most sentences have no date at all: one scan decides whether the patterns need to run.
// Every pattern needs a digit or a month name, so this gate drops no date; a Russian or Armenian
// month may open the sentence with a capital.
const MAYBE_DATE = new RegExp(`\\d|${EN_MONTH}`, 'u');
const MAYBE_MONTH = new RegExp(`${RU_MONTH}|${HY_MONTH}`, 'iu');

export function findDates(text: string): DateSlot[] {
  if (!MAYBE_DATE.test(text) && !MAYBE_MONTH.test(text)) return [];
  const found: DateSlot[] = [];
  const taken: [number, number][] = [];
  for (const { re, read } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      const slot = read(m);
      if (!slot) continue;
      taken.push([start, end]);
      const before = text.slice(Math.max(0, start - 20), start);
      found.push({ ...slot, start, end, anchor: ANCHOR_BEFORE.test(before) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function enMonth(name: string | undefined): number {
  return EN_MONTHS.indexOf((name ?? '').slice(0, 3).toLowerCase()) + 1;
}
function ruMonth(name: string | undefined): number {
  const n = (name ?? '').toLowerCase();
  // "ма" (May) is a prefix of nothing else in the list once the longer names are tried first.
  let best = 0;
  let bestLength = 0;
  RU_MONTHS.forEach((stem, i) => {
    if (n.startsWith(stem) && stem.length > bestLength) {
      best = i + 1;
      bestLength = stem.length;
    }
  });
  return best;
}
function hyMonth(name: string | undefined): number {
  return HY_MONTHS.indexOf((name ?? '').toLowerCase()) + 1;
}

const pad = (n: number) => String(n).padStart(2, '0');

function day(
  m: number,
  d1?: string,
  d2?: string,
  y?: string,
): Omit<DateSlot, 'start' | 'end' | 'anchor'> | null {
  const a = Number(d1);
  const b = d2 ? Number(d2) : a;
  if (m < 1 || !(a >= 1 && a <= (DAYS_IN[m - 1] ?? 31)) || !(b >= a && b <= (DAYS_IN[m - 1] ?? 31)))
    return null;
  return {
    from: `${pad(m)}-${pad(a)}`,
    to: `${pad(m)}-${pad(b)}`,
    year: y ? Number(y) : null,
    precision: 'day',
  };
}

function month(m: number, y?: string, part?: string): Omit<DateSlot, 'start' | 'end' | 'anchor'> | null {
  if (m < 1) return null;
  const last = DAYS_IN[m - 1] ?? 31;
  // mid-November is roughly the 10th to the 20th; early and late are the thirds on either side.
  const p = (part ?? '').toLowerCase();
  const [a, b] = /^(mid|середин|կես)/.test(p)
    ? [8, 22]
    : /^(early|начал|սկզբ)/.test(p)
      ? [1, 12]
      : /^(late|конц|վերջ)/.test(p)
        ? [18, last]
        : [1, last];
  return {
    from: `${pad(m)}-${pad(a)}`,
    to: `${pad(m)}-${pad(b)}`,
    year: y ? Number(y) : null,
    precision: 'month',
  };
}

function year(y: string | undefined): Omit<DateSlot, 'start' | 'end' | 'anchor'> {
  return { from: '01-01', to: '12-31', year: Number(y), precision: 'year' };
}

/** Whether two dates can be the same time: overlapping intervals, a missing year matches any. */
export function datesOverlap(a: DateSlot, b: DateSlot): boolean {
  if (a.year !== null && b.year !== null) {
    if (a.year !== b.year) return false;
    return a.from <= b.to && b.from <= a.to;
  }
  // Without a year on one side, a bare year on the other says nothing about month and day.
  if (a.precision === 'year' || b.precision === 'year') return true;
  return a.from <= b.to && b.from <= a.to;
}

/** A record date (IsoDate + precision) as a slot. */
export function slotOf(iso: string, precision: 'day' | 'month' | 'year'): DateSlot {
  const [y, m, d] = iso.split('-');
  const mm = Number(m);
  const last = DAYS_IN[mm - 1] ?? 31;
  const from = precision === 'year' ? '01-01' : precision === 'month' ? `${m}-01` : `${m}-${d}`;
  const to = precision === 'year' ? '12-31' : precision === 'month' ? `${m}-${pad(last)}` : `${m}-${d}`;
  return { from, to, year: Number(y), precision, start: 0, end: 0, anchor: false };
}

/** The first and last ISO day a slot can mean, given a fallback year for year-less slots. */
export function isoBounds(slot: DateSlot, fallbackYear: number): [string, string] {
  const y = slot.year ?? fallbackYear;
  return [`${y}-${slot.from}`, `${y}-${slot.to}`];
}
