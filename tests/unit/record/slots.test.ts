import { expect, test } from 'vitest';
import { dateFallsOn, datesIn, numbersIn, sameDate } from '../../../src/record/slots';

// The details the validator asks a claim to take from its sources: each form is read as the date
// or number it names, and words that only look like one ("may", "no one") are not.
const dates = (text: string) =>
  datesIn(text).dates.map(({ year, month, day, season }) => ({ year, month, day, season }));

test('dates in the forms the record writes them', () => {
  expect(dates('on 23 November 2023')).toEqual([{ year: 2023, month: 11, day: 23, season: null }]);
  expect(dates('on November 23, 2023 in Minsk')).toEqual([{ year: 2023, month: 11, day: 23, season: null }]);
  expect(dates('after the September 19-20 offensive')).toEqual([
    { year: null, month: 9, day: 19, season: null },
  ]);
  expect(dates('in February 2024 and in 1992')).toEqual([
    { year: 2024, month: 2, day: null, season: null },
    { year: 1992, month: null, day: null, season: null },
  ]);
  expect(dates('in autumn 2020')).toEqual([{ year: 2020, month: null, day: null, season: 'autumn' }]);
  expect(dates('Armenia may leave the CSTO')).toEqual([]);
  expect(dates('in late May 2024')).toEqual([{ year: 2024, month: 5, day: null, season: null }]);
});

test('numbers outside dates, as digits or words', () => {
  expect(numbersIn('two CSTO member states before the 44-day war of 2020')).toEqual([2, 44]);
  expect(numbersIn('Article 4 of the charter, six members')).toEqual([4, 6]);
  expect(numbersIn('it benefits no one; one member')).toEqual([1]);
  expect(numbersIn('on 12 June 2024')).toEqual([]);
});

test('a date is given by a statement said on it, or by the same date in its text', () => {
  const [day] = datesIn('on 12 June 2024').dates;
  if (!day) throw new Error('no date read');
  expect(dateFallsOn(day, { date: '2024-06-12', precision: 'day' })).toBe(true);
  expect(dateFallsOn(day, { date: '2024-06-01', precision: 'month' })).toBe(false);
  const [june] = datesIn('in June 2024').dates;
  if (!june) throw new Error('no date read');
  expect(dateFallsOn(june, { date: '2024-06-12', precision: 'day' })).toBe(true);
  const [source] = datesIn('on Wednesday, June 12').dates;
  if (!source) throw new Error('no date read');
  expect(sameDate(day, source)).toBe(true);
  const [autumn] = datesIn('in autumn 2020').dates;
  if (!autumn) throw new Error('no date read');
  expect(dateFallsOn(autumn, { date: '2020-01-01', precision: 'year' })).toBe(false);
});

test('the validator reads the lexicon: abbreviated months and number words, never Object property names', () => {
  expect(datesIn('on Nov. 23, 2023').dates.map((d) => [d.year, d.month, d.day])).toEqual([[2023, 11, 23]]);
  expect(datesIn('in Sept 2023').dates.map((d) => [d.year, d.month])).toEqual([[2023, 9]]);
  expect(numbersIn('twenty soldiers and thousands of refugees')).toEqual([20, 1000]);
  expect(numbersIn('the constructor of the toString of the bloc')).toEqual([]);
});
