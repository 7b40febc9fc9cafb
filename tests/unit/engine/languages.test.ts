import { expect, test } from 'vitest';
import { realEngine } from './real-engine';

// Russian and Armenian sentences against the English record, through the lexicon and aliases.
const verdict = (text: string, pageDate: string) => realEngine().engine.check(text, { pageDate }).verdict;

// The first test of the file builds the engine (record, index, lexicon): generous time on a loaded machine.
test('Russian', { timeout: 30_000 }, () => {
  expect(verdict('Пашинян не примет участия в саммите ОДКБ в Минске.', '2023-11-15')).toBe('corroborated');
  expect(verdict('Пашинян принял участие в саммите ОДКБ в Минске 23 ноября 2023 года.', '2023-11-24')).toBe(
    'conflicting',
  );
  expect(verdict('Пашинян заявил, что Армения никогда не выйдет из ОДКБ.', '2024-06-13')).toBe('conflicting');
  expect(verdict('Пашинян встретился с Макроном в Париже.', '2024-02-21')).not.toMatch(
    /corroborated|conflicting/,
  );
});

test('Armenian', () => {
  expect(verdict('Փաշինյանը հայտարարել է, որ Հայաստանը դուրս է գալու ՀԱՊԿ-ից։', '2024-06-12')).toBe(
    'corroborated',
  );
  expect(verdict('Փաշինյանը մասնակցել է ՀԱՊԿ Մինսկի գագաթնաժողովին։', '2023-11-24')).toBe('conflicting');
  expect(verdict('Լուկաշենկոն Փաշինյանին խորհուրդ է տվել չշտապել։', '2023-11-15')).toBe('corroborated');
});

// Russian writes "ё" or plain "е" for one letter; the text and the lexicon may each use either.
test('"ё" and "е" read alike in the text and in the lexicon', () => {
  const read = (text: string) => {
    const a = realEngine().analyzer.analyze(text);
    return { terms: a.terms, preds: a.preds.map((p) => `${p.concept}/${p.polarity}`) };
  };
  expect(read('Армения остаётся в ОДКБ.')).toEqual(read('Армения остается в ОДКБ.'));
  expect(read('Армения остается в ОДКБ.').preds).toEqual(['leave/-1']);
  expect(read('Пашинян назвал ОДКБ пузырём.')).toEqual(read('Пашинян назвал ОДКБ пузырем.'));
  expect(read('Армения ещё не вышла из ОДКБ.')).toEqual(read('Армения еще не вышла из ОДКБ.'));
});

// The record has Pashinyan telling of the call: with Lukashenko speaking in the sentence, that
// claim differs by its speaker only, and the call itself is not what the record denies.
test('a phone call the adviser speaks in is no contested call', () => {
  for (const text of [
    'Լուկաշենկոն Փաշինյանի հետ հեռախոսազրույցում խորհուրդ է տվել չշտապել որոշումներ կայացնելիս։',
    'В телефонном разговоре с Пашиняном Лукашенко посоветовал ему не торопиться с решениями.',
  ]) {
    expect(verdict(text, '2023-11-14'), text).toBe('corroborated');
  }
  // A call the record does deny is still contested: Pashinyan did not phone Lukashenko himself.
  expect(verdict('Пашинян сам позвонил Лукашенко и посоветовал ему не торопиться.', '2023-11-14')).not.toBe(
    'corroborated',
  );
});
