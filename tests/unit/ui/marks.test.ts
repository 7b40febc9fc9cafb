import { describe, expect, test } from 'vitest';
import type { Evidence } from '../../../src/engine';
import type { Reason } from '../../../src/engine/types';
import { decidingMarks } from '../../../src/ui/marks';

// The engine marks every word a quote shares with the page's sentence, neighbours joined; the card
// shows only the words that decided the stance.

/** Engine-like marks: each listed phrase, found in order in the quote. */
function marked(quote: string, phrases: string[]): Evidence['highlights'] {
  let from = 0;
  return phrases.map((phrase) => {
    const start = quote.indexOf(phrase, from);
    if (start < 0) throw new Error(`"${phrase}" is not in the quote`);
    from = start + phrase.length;
    return { start, end: from };
  });
}

const same = (text: string): Reason => ({ kind: 'same', claim: { id: 'c', text } });

function marksOf(
  quote: string,
  phrases: string[],
  why: Reason | undefined,
  stance: Evidence['stance'] = 'corroborates',
): string[] {
  const highlights = marked(quote, phrases);
  return decidingMarks({ quote, highlights, stance, why }).map(({ start, end }) => quote.slice(start, end));
}

describe('marks only on deciding words', () => {
  test('a reporting verb joined to its speaker and a modal joined to its verb lose the mark', () => {
    const quote =
      'Armenia will leave the CSTO, Prime Minister Nikol Pashinyan said on Wednesday, June 12, 2024.';
    expect(
      marksOf(
        quote,
        ['Armenia will leave', 'CSTO', 'Prime Minister Nikol Pashinyan said', 'Wednesday', 'June 12', '2024'],
        same('Pashinyan said on 12 June 2024 that Armenia will leave the CSTO, without setting a date'),
      ),
    ).toEqual(['Armenia', 'leave', 'CSTO', 'Prime Minister Nikol Pashinyan', 'June 12', '2024']);
  });

  test('a bare year or month the claim does not check is no mark; "the" and "said" never are', () => {
    const quote = 'In November 2023 the Kremlin said it regrets the decision.';
    expect(
      marksOf(
        quote,
        ['November 2023', 'the', 'Kremlin said', 'regrets', 'the', 'decision'],
        same("The Kremlin regrets Pashinyan's decision to skip the summit"),
      ),
    ).toEqual(['Kremlin', 'regrets', 'decision']);
  });

  test('a date that decided the stance is marked', () => {
    const quote = 'The exercise was held in 2023.';
    const why: Reason = {
      kind: 'difference',
      claim: { id: 'c', text: 'Armenia declined to host CSTO exercises' },
      difference: 'date',
      record: '2023',
      sentence: '2024',
    };
    expect(marksOf(quote, ['exercise', 'held', '2023'], why, 'conflicts')).toEqual([
      'exercise',
      'held',
      '2023',
    ]);
  });

  test('a quote only on the topic decided nothing and has no marks', () => {
    const quote = 'Putin expressed a belief that Armenia ultimately would not quit the CSTO';
    expect(
      marksOf(quote, ['Putin expressed', 'belief', 'Armenia', 'quit', 'CSTO'], undefined, 'related'),
    ).toEqual([]);
  });

  test('a name keeps its inner words; relative time and pronouns are no marks', () => {
    const quote = 'Earlier this year, he said Armenians were fleeing to the Republic of Armenia.';
    expect(
      marksOf(
        quote,
        ['Earlier this year', 'he said', 'Armenians', 'fleeing', 'Republic of Armenia'],
        same('Pashinyan said Armenians were fleeing to Armenia'),
      ),
    ).toEqual(['Armenians', 'fleeing', 'Republic of Armenia']);
  });

  test('Russian verbs of saying and Armenian ones are no marks either', () => {
    const ru = 'Пашинян заявил, что Армения заморозила участие в ОДКБ';
    expect(
      marksOf(
        ru,
        ['Пашинян заявил', 'Армения заморозила участие', 'ОДКБ'],
        same('Armenia froze its participation'),
      ),
    ).toEqual(['Пашинян', 'Армения заморозила участие', 'ОДКБ']);
    const hy = 'Փաշինյանը հայտարարեց, որ Հայաստանը սառեցրել է մասնակցությունը';
    expect(
      marksOf(hy, ['Փաշինյանը հայտարարեց', 'սառեցրել'], same('Armenia froze its participation')),
    ).toEqual(['Փաշինյանը', 'սառեցրել']);
  });

  test('marks that do not fit the quote are dropped, not shown wrong', () => {
    expect(
      decidingMarks({
        quote: 'short',
        highlights: [{ start: 2, end: 40 }],
        stance: 'corroborates',
        why: undefined,
      }),
    ).toEqual([]);
  });
});
