import { describe, expect, it } from 'vitest';
import { britishSpelling, neutralVariants } from '../../../src/eval/neutral';
import { seededRandom } from '../../../src/eval/prng';
import { withPrefix, withTail } from '../../../src/eval/sentence';
import { perturbations } from './data';

const variants = (text: string, lang: 'en' | 'ru' | 'hy', pageDate = '2023-11-14', seed = 1) =>
  neutralVariants(text, lang, pageDate, perturbations, seededRandom(seed));

describe('neutral additions', () => {
  it('keeps every word of the sentence, in order, and only adds', () => {
    const sentence = 'The Armenian prime minister declined to attend the CSTO summit in Minsk.';
    for (const v of variants(sentence, 'en')) {
      if (v.kind === 'spelling') continue;
      const body = sentence.slice(1, -1);
      expect(v.text, v.kind).toContain(body);
      expect(v.text.length, v.kind).toBeGreaterThan(sentence.length);
    }
  });

  it('puts a tail before the final stop, and makes none inside a closing quotation', () => {
    expect(withTail('Pashinyan will skip the summit.', ', local media reported')).toBe(
      'Pashinyan will skip the summit, local media reported.',
    );
    expect(withTail('Pashinyan will skip the summit', ', local media reported')).toBe(
      'Pashinyan will skip the summit, local media reported.',
    );
    expect(withTail('Լուկաշենկոն զանգահարել է Փաշինյանին։', ', հաղորդում է Արմենպրեսը')).toBe(
      'Լուկաշենկոն զանգահարել է Փաշինյանին, հաղորդում է Արմենպրեսը։',
    );
    expect(withTail('Peskov said the Kremlin “regrets.”', ', TASS reported')).toBeNull();
  });

  it('lowers a leading function word after a lead-in, never a name', () => {
    const startWords = perturbations.sentenceStartWords.en ?? [];
    expect(withPrefix('The CSTO summit was held in Minsk.', 'According to Armenpress, ', startWords)).toBe(
      'According to Armenpress, the CSTO summit was held in Minsk.',
    );
    expect(withPrefix('Pashinyan will skip the summit.', 'According to Armenpress, ', startWords)).toBe(
      'According to Armenpress, Pashinyan will skip the summit.',
    );
  });

  it("names the page date's weekday, and fills the dateline's date from it", () => {
    // 14 November 2023 was a Tuesday.
    const en = variants('Pashinyan will skip the CSTO summit.', 'en');
    expect(en.find((v) => v.kind === 'weekday')?.text).toMatch(/ on Tuesday\.$/);
    const ru = variants('Пашинян не поедет на саммит ОДКБ.', 'ru');
    expect(ru.find((v) => v.kind === 'weekday')?.text).toBe(
      'Пашинян не поедет на саммит ОДКБ, сообщили местные СМИ во вторник.',
    );
    const datelines = [1, 2, 3, 4, 5, 6].map((seed) =>
      variants('Пашинян не поедет на саммит ОДКБ.', 'ru', '2023-11-14', seed),
    );
    expect(datelines.flat().some((v) => v.kind === 'dateline' && v.text.includes('14 ноября'))).toBe(true);
  });

  it('writes an Armenpress dateline in capitals, month included', () => {
    const hy = variants('Փաշինյանը չի մասնակցի ՀԱՊԿ գագաթնաժողովին։', 'hy');
    expect(hy.find((v) => v.kind === 'dateline')?.text).toBe(
      'ԵՐԵՎԱՆ, 14 ՆՈՅԵՄԲԵՐԻ, ԱՐՄԵՆՊՐԵՍ։ Փաշինյանը չի մասնակցի ՀԱՊԿ գագաթնաժողովին։',
    );
  });

  it('gives Russian and Armenian sentences additions in their own language', () => {
    for (const v of variants('Пашинян не поедет на саммит ОДКБ.', 'ru'))
      expect(v.change).toMatch(/[А-Яа-яё]/);
    for (const v of variants('Փաշինյանը չի մասնակցի ՀԱՊԿ գագաթնաժողովին։', 'hy'))
      expect(v.change).toMatch(/[Ա-ֆ]/);
  });

  it('is the same for the same seed', () => {
    const sentence = 'Pashinyan will skip the CSTO summit in Minsk.';
    expect(variants(sentence, 'en', '2023-11-14', 7)).toEqual(variants(sentence, 'en', '2023-11-14', 7));
  });
});

describe('British spelling', () => {
  it('changes the American forms and nothing else', () => {
    expect(
      britishSpelling(
        'The Collective Security Treaty Organization criticized the defense plan.',
        perturbations,
      ),
    ).toBe('The Collective Security Treaty Organisation criticised the defence plan.');
    expect(britishSpelling('The size of the prize did not seize anyone.', perturbations)).toBe(
      'The size of the prize did not seize anyone.',
    );
  });

  it('is offered only where it changes the sentence', () => {
    const kinds = (text: string) => variants(text, 'en').map((v) => v.kind);
    expect(kinds('Pashinyan will skip the CSTO summit.')).not.toContain('spelling');
    expect(kinds('The CSTO recognized the request.')).toContain('spelling');
  });
});
