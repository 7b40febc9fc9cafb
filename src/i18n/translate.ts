import type { DatePrecision } from '../record/types';
import { CATALOGS, type Catalog, type CountKey, type Locale, type Message, type MessageKey } from './catalog';
import { formatDate, formatDayMonth } from './dates';

export type Substitution = string | number;

export interface Translator {
  locale: Locale;
  /** The message in the interface language, its `$NAME$` placeholders filled in order. */
  t(key: MessageKey, ...substitutions: Substitution[]): string;
  /** A counted message: the plural form `Intl.PluralRules` picks for `count`, which fills `$1`. */
  count(key: CountKey, count: number, ...substitutions: Substitution[]): string;
  number(value: number): string;
  /** A record date (YYYY-MM-DD) as the language writes it, only as precise as it is known. */
  date(date: string, precision?: DatePrecision): string;
  /** A day of a month with no year. */
  dayMonth(month: number, day: number): string;
  /** Names joined as the language joins a list: "A and B", "A, B и C". */
  list(items: readonly string[]): string;
}

// Filled as the browser's i18n API fills messages.json: each `$NAME$` becomes its placeholder's
// content, in which `$1` to `$9` stand for the substitutions; `$$` is a literal dollar sign.
function fill(entry: Message, substitutions: readonly string[]): string {
  const byName = new Map(
    Object.entries(entry.placeholders ?? {}).map(([name, p]) => [
      name.toLowerCase(),
      p.content.replace(/\$([1-9])/g, (_, n: string) => substitutions[Number(n) - 1] ?? ''),
    ]),
  );
  return entry.message.replace(/\$\$|\$([A-Za-z0-9_@]+)\$/g, (whole, name?: string) =>
    name === undefined ? '$' : (byName.get(name.toLowerCase()) ?? whole),
  );
}

export function createTranslator(locale: Locale, catalogs: Record<Locale, Catalog> = CATALOGS): Translator {
  const numbers = new Intl.NumberFormat(locale);
  const plurals = new Intl.PluralRules(locale);
  const lists = new Intl.ListFormat(locale, { type: 'conjunction' });
  const lookUp = (key: string): Message | undefined => catalogs[locale][key] ?? catalogs.en[key];
  const render = (key: string, substitutions: readonly Substitution[]): string => {
    const entry = lookUp(key);
    // A missing key is a build-time failure (tests/unit/i18n); at run time the key itself beats a blank.
    if (!entry) return key;
    return fill(
      entry,
      substitutions.map((s) => (typeof s === 'number' ? numbers.format(s) : s)),
    );
  };
  return {
    locale,
    t: (key, ...substitutions) => render(key, substitutions),
    count: (key, count, ...substitutions) => {
      const form = `${key}_${plurals.select(count)}`;
      return render(lookUp(form) ? form : `${key}_other`, [count, ...substitutions]);
    },
    number: (value) => numbers.format(value),
    date: (date, precision) => formatDate(date, precision, locale),
    dayMonth: (month, day) => formatDayMonth(month, day, locale),
    list: (items) => lists.format(items),
  };
}

/** The English words: the command line's, and a component's without a provider. */
export const ENGLISH: Translator = createTranslator('en');
