import { expect, test } from 'vitest';
import { datesOverlap, findDates } from '../../../src/engine/analyze/dates';
import { realEngine } from './real-engine';

const analyze = (text: string) => realEngine().analyzer.analyze(text);
const day = (text: string) => findDates(text).map((d) => `${d.year ?? ''}-${d.from}..${d.to}`);

test('dates in English, Russian and Armenian', () => {
  expect(day('on November 23, 2023')).toEqual(['2023-11-23..11-23']);
  expect(day('on 23 November 2023')).toEqual(['2023-11-23..11-23']);
  expect(day("Azerbaijan's September 19-20 offensive")).toEqual(['-09-19..09-20']);
  expect(day('in February 2024')).toEqual(['2024-02-01..02-29']);
  expect(day('set up in 1992')).toEqual(['1992-01-01..12-31']);
  expect(day('23 ноября 2023 года')).toEqual(['2023-11-23..11-23']);
  expect(day('2023 թվականի նոյեմբերի 23-ին')).toEqual(['2023-11-23..11-23']);
  expect(day('a 44-day war, and he may go')).toEqual([]);
});

// A sentence may open with the month, capitalised: "Դեկտեմբերի 4-ին ...", "Декабрь 2023 года ...".
test('a Russian or Armenian month opening the sentence is still a date', () => {
  expect(day('Դեկտեմբերի 4-ին Փաշինյանը հայտարարել է')).toEqual(['-12-04..12-04']);
  expect(day('Նոյեմբերին Փաշինյանը չմասնակցեց')).toEqual(['-11-01..11-30']);
  expect(day('Декабрь 2023 года Пашинян провел в Ереване')).toEqual(['2023-12-01..12-31']);
  expect(day('Ноября 23-го не было саммита')).toEqual(['-11-01..11-30']);
});

test('"as of" dates speak of the sentence, not of an event', () => {
  const [asOf] = findDates('As of mid-November 2023, Yerevan had not announced a plan.');
  expect(asOf).toMatchObject({ anchor: true, from: '11-08', to: '11-22', year: 2023 });
});

test('a date without a year matches the same day of any year', () => {
  const [a] = findDates('on November 23');
  const [b] = findDates('on 23 November 2023');
  const [c] = findDates('on 23 December 2023');
  expect(a && b && datesOverlap(a, b)).toBe(true);
  expect(b && c && datesOverlap(b, c)).toBe(false);
});

test('event places, counts and member lists', () => {
  expect(analyze('He skipped the CSTO summit in Minsk.').places).toEqual(['minsk']);
  expect(analyze('at the Astana summit').places).toEqual(['astana']);
  expect(analyze('Pashinyan told parliament in Yerevan he was busy.').places).toEqual([]);
  expect(analyze('The CSTO has six member states.').numbers).toMatchObject([{ value: 6, counts: 'country' }]);
  expect(analyze('Russia, Armenia, Belarus and Kazakhstan are members.').members).toEqual([
    'armenia',
    'belarus',
    'kazakhstan',
    'russia',
  ]);
});

test('speakers: names, inversions, proxies and the unidentified', () => {
  expect(analyze('Zakharova accused Armenia of sitting on two chairs.').speaker?.id).toBe('zakharova');
  expect(analyze('“We will leave,” said Pashinyan.').speaker?.id).toBe('pashinyan');
  expect(analyze("Lukashenko's press secretary said he was calm.").speaker?.id).toBe('lukashenko');
  expect(analyze("Armenia's parliament speaker said he would not attend.").speaker).toMatchObject({
    id: null,
  });
  // Armenian marks the addressee by case: Lukashenko advised, Pashinyan was advised.
  expect(analyze('Լուկաշենկոն Փաշինյանին խորհուրդ է տվել չշտապել։').speaker?.id).toBe('lukashenko');
  // After "telling", "warned", "urged" comes who was spoken to, not who spoke.
  expect(
    analyze('Pashinyan declined to go to Minsk, telling Lukashenko of his decision by phone.').speaker?.id,
  ).not.toBe('lukashenko');
  expect(analyze('The foreign ministry spokeswoman warned Pashinyan.').speaker?.id).not.toBe('pashinyan');
});

test('the agent of a passive follows "by"', () => {
  const initiate = analyze('The phone call was initiated by the Belarusian leader.').preds.find(
    (p) => p.concept === 'initiate',
  );
  expect(initiate?.agent?.id).toBe('lukashenko');
});

// `\b` is ASCII-only in JavaScript: before the fix "до", "с" and "մինչ" never anchored a date.
test('"until" and "since" anchor dates in Russian and Armenian too', () => {
  const anchored = (text: string) => findDates(text).map((d) => d.anchor);
  expect(anchored('Армения не объявляла о выходе до 12 июня 2024 года.')).toEqual([true]);
  expect(anchored('С февраля 2024 года Армения не участвует в работе ОДКБ.')).toEqual([true]);
  expect(anchored('Մինչ 2024 թվականի հունիսը Հայաստանը չէր հայտարարել դուրս գալու մասին։')).toEqual([true]);
  // A word that only ends in "с" or "до" is not the preposition.
  expect(anchored('Пашинян отказался приехать в Минск 23 ноября 2023 года.')).toEqual([false]);
});

// The slot is compared as a date; as words, "28 февраля 2024 года" weighed as three words the
// record never uses and kept the sentence from the claim it denies.
test("a date's words, the word for year included, are its slot and not terms", () => {
  for (const text of [
    'Армения вышла из ОДКБ 28 февраля 2024 года.',
    'Հայաստանը դուրս է եկել ՀԱՊԿ-ից 2024 թվականի փետրվարին։',
    'Armenia left the CSTO in February 2024.',
  ]) {
    const { terms, dates } = analyze(text);
    expect(dates, text).toHaveLength(1);
    expect(terms, text).toEqual(['e:armenia', 'c:leave', 'e:csto']);
  }
  expect(
    realEngine().engine.check('Армения официально вышла из ОДКБ в феврале 2024 года.', {
      pageDate: '2024-03-01',
    }).verdict,
  ).toBe('conflicting');
});

test('a phrasing that differs by a date the record never gives denies only a dated sentence', () => {
  const check = (text: string) => realEngine().engine.check(text, { pageDate: '2024-02-29' }).verdict;
  // The record's "announced the freeze in November 2023" is the wrong-date phrasing.
  expect(check('Armenia has frozen its CSTO membership de facto, officials said on Thursday.')).toBe(
    'corroborated',
  );
  expect(check("Pashinyan announced the freeze of Armenia's CSTO membership in November 2023.")).toBe(
    'conflicting',
  );
});
