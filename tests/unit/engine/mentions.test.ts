import { describe, expect, test } from 'vitest';
import { findMentions, mayMention } from '../../../src/engine/mentions';

const found = (text: string) => findMentions(text).map((m) => [text.slice(m.start, m.end), m.entity]);

describe('findMentions', () => {
  test('finds the CSTO under its names and abbreviations', () => {
    expect(found('The CSTO met.')).toEqual([['CSTO', 'csto']]);
    expect(found("the CSTO's summit")).toEqual([['CSTO', 'csto']]);
    expect(found('the Collective Security Treaty Organization (CSTO)')).toEqual([
      ['Collective Security Treaty Organization', 'csto'],
      ['CSTO', 'csto'],
    ]);
    expect(found('the Russian-led Collective Security Organization')).toHaveLength(1);
    expect(found('ODKB said')).toEqual([['ODKB', 'csto']]);
  });

  test('counts a Russia-led military alliance as the CSTO, an economic bloc not', () => {
    expect(found('Armenia will leave Russian-led military bloc')).toEqual([
      ['Russian-led military bloc', 'csto'],
    ]);
    expect(found('discontent with the Russia-led alliance.')).toEqual([['Russia-led alliance', 'csto']]);
    expect(found('the Russia-led bloc, an economic union of five states, met on trade')).toEqual([]);
  });

  test('finds Pashinyan in every spelling and as the Armenian prime minister', () => {
    expect(found('Pashinian said')).toEqual([['Pashinian', 'pashinyan']]);
    expect(found('Pashinyan’s decision')).toEqual([['Pashinyan’s', 'pashinyan']]);
    expect(found('Armenian Prime Minister Nikol Pashinyan said')).toEqual([
      ['Armenian Prime Minister Nikol Pashinyan', 'pashinyan'],
    ]);
    expect(found("Armenia's premier flew")).toEqual([["Armenia's premier", 'pashinyan']]);
    expect(found('the prime minister of Armenia')).toEqual([['prime minister of Armenia', 'pashinyan']]);
  });

  test('does not take another prime minister for Pashinyan', () => {
    expect(found('Former Armenian Prime Minister Karen Karapetyan said')).toEqual([]);
    expect(found('Armenian Prime Minister Tigran Sargsyan resigned in 2014.')).toEqual([]);
    expect(found('Armenia’s deputy prime minister spoke')).toEqual([]);
  });

  test('ignores look-alikes', () => {
    for (const text of [
      'MacStories published its annual review of iOS.',
      'The conference call is at 10 a.m. CST on Thursday.',
      'The Costco Wholesale store in Yerevan rumour turned out to be false.',
      'Pashinsky, a Ukrainian MP, spoke.',
      'Language: English | Armenian | Русский',
      'csto-like strings in a URL: example.com/costs-of-storage',
      'Armenia and Azerbaijan opened talks on their border.',
    ]) {
      expect(found(text), text).toEqual([]);
    }
  });

  test('finds Russian forms in every case', () => {
    for (const form of ['Пашинян', 'Пашиняна', 'Пашиняну', 'Пашиняном', 'Пашиняне']) {
      expect(found(`Сказал ${form} вчера`), form).toEqual([[form, 'pashinyan']]);
    }
    expect(found('саммит ОДКБ в Минске')).toEqual([['ОДКБ', 'csto']]);
    expect(found('премьер-министр Армении заявил')).toEqual([['премьер-министр Армении', 'pashinyan']]);
    expect(found('Организации Договора о коллективной безопасности')).toHaveLength(1);
  });

  test('finds Armenian forms with their suffixes', () => {
    for (const form of ['Փաշինյան', 'Փաշինյանը', 'Փաշինյանի', 'Փաշինյանին', 'Փաշինյանից']) {
      expect(found(`${form} ասաց`), form).toEqual([[form, 'pashinyan']]);
    }
    for (const form of ['ՀԱՊԿ', 'ՀԱՊԿ-ը', 'ՀԱՊԿ-ից', 'ՀԱՊԿ-ում', 'ՀԱՊԿ-ի']) {
      expect(found(`${form} նիստ`), form).toEqual([[form, 'csto']]);
    }
  });

  test('gives offsets into the text it was given', () => {
    const text = `${'x '.repeat(5000)}then Pashinyan spoke`;
    const [m] = findMentions(text);
    expect(text.slice(m?.start, m?.end)).toBe('Pashinyan');
  });
});

describe('mayMention', () => {
  test('is true wherever findMentions finds something', () => {
    for (const text of [
      'CSTO',
      'Pashinian',
      "Armenia's premier",
      'ОДКБ',
      'Пашиняну',
      'Փաշինյանը',
      'ՀԱՊԿ-ից',
      'Russia-led military alliance',
    ]) {
      expect(findMentions(text).length, text).toBeGreaterThan(0);
      expect(mayMention(text), text).toBe(true);
    }
  });

  test('is false on look-alikes, and fast on a large page', () => {
    const page = 'MacStories reviews the CST schedule at Costco; Armenian is one of the languages. '.repeat(
      20_000,
    );
    const start = performance.now();
    expect(mayMention(page)).toBe(false);
    // A generous bound: this is a regression guard, the benchmark measures the real figure.
    expect(performance.now() - start).toBeLessThan(200);
  });
});
