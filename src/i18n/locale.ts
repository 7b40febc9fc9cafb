import { LOCALES, type Locale } from './catalog';

export type LanguagePreference = Locale | 'auto';

const isLocale = (tag: string): tag is Locale => (LOCALES as readonly string[]).includes(tag);

/**
 * The interface language: the reader's choice, or else the first of the browser's languages that
 * Receipts speaks ("ru-RU" speaks Russian, "hy-AM" Armenian), or else English.
 */
export function pickLocale(
  preference: LanguagePreference | undefined,
  browserLanguages: readonly string[],
): Locale {
  if (preference && preference !== 'auto' && isLocale(preference)) return preference;
  for (const tag of browserLanguages) {
    const language = tag.toLowerCase().split(/[-_]/)[0] ?? '';
    if (isLocale(language)) return language;
  }
  return 'en';
}
