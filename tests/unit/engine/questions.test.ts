import { expect, test } from 'vitest';
import { predicates, realEngine } from './real-engine';

// A question asserts nothing: neither the record's backing nor its denial applies to it.
const verdict = (text: string, pageDate: string) => realEngine().engine.check(text, { pageDate }).verdict;

// The first test of the file builds the engine: generous time on a loaded machine.
test('a sentence that asks is at most Related, in each language', { timeout: 30_000 }, () => {
  for (const [text, date] of [
    ['Would Pashinyan really take Armenia out of the CSTO?', '2024-06-13'],
    ['Выйдет ли Армения из ОДКБ?', '2024-06-13'],
    ['Հայաստանը դո՞ւրս կգա ՀԱՊԿ-ից։', '2024-06-13'],
    ['Did Pashinyan attend the CSTO summit in Minsk?', '2023-11-24'],
  ] as const) {
    expect(verdict(text, date), text).toMatch(/related|none/);
  }
  // The same words, asserted, are decided.
  expect(verdict('Pashinyan said Armenia would leave the CSTO.', '2024-06-13')).toBe('corroborated');
  expect(verdict('Pashinyan attended the CSTO summit in Minsk.', '2023-11-24')).toBe('conflicting');
});

test('a clause a question word opens asserts none of its predicates', () => {
  expect(predicates('Analysts wondered whether Pashinyan would attend the CSTO summit.')).not.toContain(
    'attend+/future',
  );
  expect(predicates('Неясно, выйдет ли Армения из ОДКБ.')).not.toContain('leave+/future');
  expect(predicates('Պարզ չէ, թե արդյոք Հայաստանը դուրս կգա ՀԱՊԿ-ից։')).toEqual([]);
  expect(
    verdict('Analysts wondered whether Pashinyan would attend the CSTO summit in Minsk.', '2023-11-10'),
  ).toMatch(/related|none/);
  // What is said outside the question still is: he skipped it, whatever was wondered.
  expect(predicates('Pashinyan skipped the summit, and analysts asked whether he would quit.')).toContain(
    'attend-/realized',
  );
});
