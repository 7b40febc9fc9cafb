import { describe, expect, test } from 'vitest';
import type { Catalog, Locale } from '../../../src/i18n/catalog';
import { formatDate } from '../../../src/i18n/dates';
import { pickLocale } from '../../../src/i18n/locale';
import { createTranslator } from '../../../src/i18n/translate';

describe('messages in the interface language', () => {
  test('counted messages take the plural form of the language', () => {
    const ru = createTranslator('ru');
    expect(ru.count('actionClaims', 1)).toBe('Receipts: 1 утверждение на этой странице');
    expect(ru.count('actionClaims', 3)).toBe('Receipts: 3 утверждения на этой странице');
    expect(ru.count('actionClaims', 5)).toBe('Receipts: 5 утверждений на этой странице');
    expect(ru.count('actionClaims', 21)).toBe('Receipts: 21 утверждение на этой странице');
    expect(createTranslator('en').count('actionClaims', 1)).toBe('Receipts: 1 claim on this page');
    expect(createTranslator('en').count('actionClaims', 12)).toBe('Receipts: 12 claims on this page');
    expect(createTranslator('hy').count('daysBeforePage', 3)).toBe('այս էջից 3 օր առաջ');
  });

  test('numbers are written as the language writes them', () => {
    expect(createTranslator('en').count('daysAfterPage', 1200)).toBe('1,200 days after this page');
    expect(createTranslator('ru').count('daysAfterPage', 1200)).toMatch(/^через 1\s200 дней после/);
  });

  test('placeholders fill as the browser fills them, `$$` included', () => {
    const catalogs = {
      en: {
        price: {
          message: 'Costs $$$SUM$ for $WHO$',
          placeholders: { sum: { content: '$1' }, who: { content: '$2' } },
        },
        plain: { message: 'Nothing to fill' },
      },
      ru: {},
      hy: {},
    } as unknown as Record<Locale, Catalog>;
    const t = createTranslator('ru', catalogs).t as (key: string, ...s: string[]) => string;
    expect(t('price', '5', '<b>you</b>')).toBe('Costs $5 for <b>you</b>');
    expect(t('plain')).toBe('Nothing to fill');
    expect(t('missing')).toBe('missing');
  });
});

describe('the interface language', () => {
  test("the reader's choice first, then the browser's languages, then English", () => {
    expect(pickLocale('hy', ['ru-RU'])).toBe('hy');
    expect(pickLocale('auto', ['de-DE', 'ru-RU', 'en-US'])).toBe('ru');
    expect(pickLocale(undefined, ['hy-AM'])).toBe('hy');
    expect(pickLocale('auto', ['de', 'fr'])).toBe('en');
    expect(pickLocale('xx' as never, ['ru_RU'])).toBe('ru');
  });
});

describe('record dates', () => {
  test('as precise as they are known, in the interface language', () => {
    expect(formatDate('2023-11-14')).toBe('Nov 14, 2023');
    expect(formatDate('2023-11-14', 'month')).toBe('Nov 2023');
    expect(formatDate('2023-11-14', 'year')).toBe('2023');
    expect(formatDate('2023-11-14', 'day', 'ru')).toBe('14 нояб. 2023 г.');
    expect(formatDate('2023-11-14', 'day', 'hy')).toBe('14 նոյ, 2023 թ.');
  });

  test('a calendar day stays that day in every time zone', () => {
    expect(formatDate('2024-01-01')).toBe('Jan 1, 2024');
    expect(formatDate('2024-12-31')).toBe('Dec 31, 2024');
  });
});
