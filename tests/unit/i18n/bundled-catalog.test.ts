import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { bundledCatalog } from '../../../src/i18n/bundled-catalog';
import { type Catalog, LOCALES, type Locale } from '../../../src/i18n/catalog';
import { createTranslator } from '../../../src/i18n/translate';

// The catalogs the scripts bundle drop translators' notes and nothing a reader sees: every message,
// filled with substitutions, reads the same from the bundled catalog as from locales/.

const text = (locale: Locale) =>
  readFileSync(fileURLToPath(new URL(`../../../locales/${locale}.json`, import.meta.url)), 'utf8');
const byLocale = <T>(make: (locale: Locale) => T) =>
  Object.fromEntries(LOCALES.map((l) => [l, make(l)])) as Record<Locale, T>;

const source = byLocale((l) => JSON.parse(text(l)) as Catalog);
const bundled = byLocale((l) => JSON.parse(bundledCatalog(text(l))) as Catalog);

test('no translator notes are bundled', () => {
  const notes = LOCALES.flatMap((l) =>
    Object.entries(bundled[l]).filter(
      ([, m]) => 'description' in m || Object.values(m.placeholders ?? {}).some((p) => 'example' in p),
    ),
  );
  expect(notes).toEqual([]);
  // The English catalog has notes to drop, so this test can fail.
  expect(Object.values(source.en).some((m) => m.description)).toBe(true);
});

test('every message reads the same, its placeholders filled', () => {
  for (const locale of LOCALES) {
    const before = createTranslator(locale, source);
    const after = createTranslator(locale, bundled);
    for (const key of Object.keys(source[locale])) {
      const words = ['ONE', 'TWO', 'THREE', 'FOUR'];
      expect(after.t(key as never, ...words), `${locale} ${key}`).toBe(before.t(key as never, ...words));
    }
  }
});
