import { describe, expect, test } from 'vitest';
import { localize, reasonWordsFor } from '../../../src/background/localize';
import { reasonText } from '../../../src/i18n/reason-text';
import { createTranslator } from '../../../src/i18n/translate';
import { realEngine } from '../engine/real-engine';

const { engine, record } = realEngine();
const LATIN = /[A-Za-z]/;

describe("the reasons of a check, in the reader's language", () => {
  const sentence = 'Armenia has formally withdrawn from the CSTO.';
  const english = engine.check(sentence, { pageDate: '2024-12-06' });

  test('English answers pass unchanged', () => {
    const words = reasonWordsFor(record, createTranslator('en'));
    expect(localize(english, words)).toBe(english);
  });

  test('in Russian and Armenian, the reason quotes the claim as the record phrases it in that language', () => {
    expect(english.verdict).toBe('conflicting');
    for (const locale of ['ru', 'hy'] as const) {
      const local = localize(english, reasonWordsFor(record, createTranslator(locale)));
      expect(local.verdict).toBe(english.verdict);
      expect(local.reason).not.toBe(english.reason);
      expect(local.reason, local.reason).not.toMatch(LATIN);
      expect(local.reason).toContain('«');
      for (const [i, e] of local.evidence.entries()) {
        expect(e.quote).toBe(english.evidence[i]?.quote); // quotes stay verbatim
        if (e.why) expect(e.reason, e.reason).not.toMatch(LATIN);
      }
    }
  });

  test('names in a difference are the names the language writes', () => {
    const words = reasonWordsFor(record, createTranslator('ru'));
    const why = {
      kind: 'difference',
      difference: 'speaker',
      record: 'lavrov',
      sentence: 'pashinyan',
      claim: { id: record.claims[0]?.id ?? '', text: record.claims[0]?.text ?? '' },
    } as const;
    const text = reasonText(why, words);
    expect(text).toContain('Лавров');
    expect(text).toContain('Пашинян');
    expect(reasonText(why, reasonWordsFor(record, createTranslator('en')))).toContain('Sergei Lavrov');
  });

  test('a claim with no phrasing in the language keeps its English text rather than none', () => {
    const words = reasonWordsFor(record, createTranslator('hy'));
    expect(words.claimText?.({ id: 'no-such-claim', text: 'Kept as written.' })).toBe('Kept as written.');
  });
});
