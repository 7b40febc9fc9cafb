import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import glossary from '../../../locales/glossary.json';
import pkg from '../../../package.json';
import { CATALOGS, type Catalog, LOCALES } from '../../../src/i18n/catalog';

// What the browser's i18n and the stores require of messages.json, and what keeps the three
// interface languages saying the same things with the same words.

const PLURAL = /^(.+)_(zero|one|two|few|many|other)$/;
const baseOf = (key: string) => PLURAL.exec(key)?.[1] ?? key;
const bases = (catalog: Catalog) => new Set(Object.keys(catalog).map(baseOf));
const placeholdersUsed = (message: string) =>
  [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => (m[1] as string).toLowerCase()).sort();

describe('the interface languages', () => {
  test('every language has every message, and no other', () => {
    const english = [...bases(CATALOGS.en)].sort();
    for (const locale of LOCALES) expect([...bases(CATALOGS[locale])].sort(), locale).toEqual(english);
  });

  test("a counted message has exactly the plural forms its language's rules name", () => {
    for (const locale of LOCALES) {
      const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories.slice().sort();
      const forms = new Map<string, string[]>();
      for (const key of Object.keys(CATALOGS[locale])) {
        const match = PLURAL.exec(key);
        if (match)
          forms.set(match[1] as string, [...(forms.get(match[1] as string) ?? []), match[2] as string]);
      }
      expect(forms.size, locale).toBeGreaterThan(0);
      for (const [base, found] of forms) expect(found.sort(), `${locale} ${base}`).toEqual(categories);
    }
  });

  test('placeholders are the same in every language, each defined and used', () => {
    for (const [key, english] of Object.entries(CATALOGS.en)) {
      const defined = Object.keys(english.placeholders ?? {})
        .map((name) => name.toLowerCase())
        .sort();
      expect(placeholdersUsed(english.message), `en ${key}`).toEqual(defined);
      for (const locale of LOCALES) {
        const entry = CATALOGS[locale][key] ?? CATALOGS[locale][`${baseOf(key)}_other`];
        if (!entry) continue; // a plural form this language does not have; the test above holds forms
        expect(placeholdersUsed(entry.message), `${locale} ${key}`).toEqual(defined);
        expect(entry.placeholders ?? {}, `${locale} ${key}`).toEqual(english.placeholders ?? {});
      }
    }
  });

  test('names are what the browser accepts, and English says what each message is for', () => {
    for (const locale of LOCALES)
      for (const key of Object.keys(CATALOGS[locale])) expect(key, locale).toMatch(/^[A-Za-z0-9_]+$/);
    for (const [key, entry] of Object.entries(CATALOGS.en)) expect(entry.description, key).toBeTruthy();
  });

  test('the stores get the same name everywhere and a description within their 132 characters', () => {
    expect(CATALOGS.en.extName?.message).toBe(pkg.displayName);
    expect(CATALOGS.en.extDescription?.message).toBe(pkg.description);
    for (const locale of LOCALES) {
      expect(CATALOGS[locale].extName?.message, locale).toBe('Receipts');
      expect(CATALOGS[locale].extDescription?.message.length, locale).toBeLessThanOrEqual(132);
    }
  });

  test('the fixed terms of the glossary are used wherever English uses them', () => {
    for (const term of glossary.terms) {
      const pattern = new RegExp(`\\b${term.en}`, 'i');
      // Placeholders ($CLAIM$) are names, not words of the message.
      const words = (message: string) => message.replace(/\$[A-Za-z0-9_@]+\$/g, ' ');
      const uses = Object.entries(CATALOGS.en).filter(([, entry]) => pattern.test(words(entry.message)));
      for (const [key] of uses)
        for (const locale of ['ru', 'hy'] as const) {
          const entry = CATALOGS[locale][key] ?? CATALOGS[locale][`${baseOf(key)}_other`];
          const text = entry?.message.toLowerCase() ?? '';
          if (entry)
            expect(
              term[locale].some((form) => text.includes(form.toLowerCase())),
              `${locale} ${key}: ${text}`,
            ).toBe(true);
        }
    }
  });

  test('the glossary page lists every fixed term', () => {
    const page = readFileSync(new URL('../../../locales/GLOSSARY.md', import.meta.url), 'utf8');
    for (const term of glossary.terms) expect(page).toContain(term.en);
  });
});
