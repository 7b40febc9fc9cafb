import { describe, expect, test } from 'vitest';
import {
  claimSentences,
  MAX_SENTENCE_LENGTH,
  sentenceAround,
} from '../../../../src/content-scripts/page-app/sentences';

// Runs a generator to its end, as the scheduler would over several slices.
function finish<T>(gen: Generator<null, T, undefined>): T {
  for (;;) {
    const step = gen.next();
    if (step.done) return step.value;
  }
}

const sentencesOf = (text: string) => finish(claimSentences(text)).map((s) => s.text);

describe('claimSentences', () => {
  test('keeps only the sentences that mention the CSTO or Pashinyan', () => {
    const text =
      'The weather was mild. Pashinyan will not attend the CSTO summit in Minsk. Bananas are yellow. ' +
      'The Kremlin said it regrets the decision.';
    expect(sentencesOf(text)).toEqual(['Pashinyan will not attend the CSTO summit in Minsk.']);
  });

  test('offsets point at the sentence in the text', () => {
    const text = 'Intro line.  Nikol Pashinyan spoke in Yerevan.  Outro.';
    const [s] = finish(claimSentences(text));
    expect(s && text.slice(s.start, s.end)).toBe('Nikol Pashinyan spoke in Yerevan.');
  });

  test('does not split after titles, months and initials', () => {
    const text = 'Mr. Pashinyan met Dr. Lukashenko in the U.S. capital on Nov. 23, 2023. Then he left.';
    expect(sentencesOf(text)).toEqual([
      'Mr. Pashinyan met Dr. Lukashenko in the U.S. capital on Nov. 23, 2023.',
    ]);
  });

  test('line breaks from the markup do not end a sentence, and whitespace is collapsed', () => {
    const text = 'Armenian Prime Minister Nikol Pashinyan\n      will not attend\n the CSTO summit.\nOther.';
    expect(sentencesOf(text)).toEqual([
      'Armenian Prime Minister Nikol Pashinyan will not attend the CSTO summit.',
    ]);
  });

  test('Russian and Armenian sentences', () => {
    expect(sentencesOf('Погода хорошая. Пашинян не поедет на саммит ОДКБ в Минске. Всё.')).toEqual([
      'Пашинян не поедет на саммит ОДКБ в Минске.',
    ]);
    expect(sentencesOf('Եղանակը լավ է։ Փաշինյանը չի մասնակցի ՀԱՊԿ գագաթնաժողովին։ Վերջ։')).toEqual([
      'Փաշինյանը չի մասնակցի ՀԱՊԿ գագաթնաժողովին։',
    ]);
  });

  test('one sentence with two mentions is one claim', () => {
    expect(sentencesOf('Pashinyan said the CSTO failed Armenia. Fine.')).toHaveLength(1);
  });

  test('traps from real pages are not mentions', () => {
    expect(
      sentencesOf('MacStories reviewed the phone. Costco opened at 10 a.m. CST. Armenian language.'),
    ).toEqual([]);
  });

  test('a sentence longer than the limit is not a claim', () => {
    const long = `Pashinyan ${'and more words '.repeat(MAX_SENTENCE_LENGTH / 10)}end.`;
    expect(sentencesOf(`${long} Short.`)).toEqual([]);
  });

  test('a mention deep inside a 10 MB text is found in many small steps', () => {
    const filler = 'Filler text without names. '.repeat(400_000);
    const text = `${filler}Pashinyan skipped the CSTO summit. ${filler}`;
    const gen = claimSentences(text);
    let steps = 0;
    let result: ReturnType<typeof finish<unknown>>;
    for (;;) {
      const step = gen.next();
      steps++;
      if (step.done) {
        result = step.value;
        break;
      }
    }
    expect(steps).toBeGreaterThan(20);
    expect(result).toEqual([
      { start: filler.length, end: filler.length + 34, text: 'Pashinyan skipped the CSTO summit.' },
    ]);
  });
});

describe('sentenceAround', () => {
  test('a window edge inside the sentence means it is too long', () => {
    const text = `${'word '.repeat(1_000)}Pashinyan ${'word '.repeat(1_000)}.`;
    expect(sentenceAround(text, 5_000)).toBeNull();
  });
});
