import { expect, test } from 'vitest';
import { blankEmptyOpening } from '../../../src/engine/analyze/opening';
import { realEngine } from './real-engine';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

test('an opening clause that names, dates, counts or denies nothing is blanked, offsets kept', () => {
  const { analyzer } = realEngine();
  const analyze = (t: string) => analyzer.analyze(t);
  const empty: [string, string][] = [
    ['In a development few had foreseen, Lavrov said so.', 'Lavrov said so.'],
    ['After weeks of speculation, Lavrov said so.', 'Lavrov said so.'],
    ['In a closely followed story, Lavrov said so.', 'Lavrov said so.'],
    ['Как и ожидалось, Лавров так сказал.', 'Лавров так сказал.'],
    ['Ինչպես և սպասվում էր, Լավրովն այդպես ասաց։', 'Լավրովն այդպես ասաց։'],
  ];
  for (const [framed, bare] of empty) {
    const out = blankEmptyOpening(framed, analyze);
    expect(out.length, framed).toBe(framed.length);
    expect(squash(out), framed).toBe(bare);
  }
  // What an opening clause says may be checkable: a name, a date, a number, a denial, a predicate,
  // or a subject before its apposition.
  const kept = [
    'In Minsk, Lavrov said so.',
    'On 23 November, Lavrov said so.',
    'After two meetings, Lavrov said so.',
    'In no uncertain terms, Lavrov said so.',
    'After Armenia froze its membership, Lavrov said so.',
    'The premier, visibly tired, said so.',
    'Lavrov said so.',
  ];
  for (const s of kept) expect(blankEmptyOpening(s, analyze), s).toBe(s);
});

test('a scene-setting opening never changes a verdict', () => {
  const { engine } = realEngine();
  const sentences: [string, string][] = [
    ['Pashinyan did not attend the CSTO summit in Minsk.', '2023-11-24'],
    ['Pashinyan attended the CSTO summit in Minsk on 23 November 2023.', '2023-11-24'],
    ['Пашинян заявил, что Армения де-юре заморозила членство в ОДКБ.', '2024-03-01'],
  ];
  const openings = [
    'In a move widely anticipated in the capital, ',
    'After weeks of speculation, ',
    'Как и ожидалось, ',
  ];
  for (const [sentence, pageDate] of sentences) {
    const verdict = engine.check(sentence, { pageDate }).verdict;
    expect(['corroborated', 'conflicting'], sentence).toContain(verdict);
    for (const opening of openings) {
      expect(engine.check(opening + sentence, { pageDate }).verdict, opening + sentence).toBe(verdict);
    }
  }
});
