import { expect, test } from 'vitest';
import { realEngine } from './real-engine';

// A negated main predicate, or a predicate whose polarity differs from the record's, never stays
// Corroborated, however many other readings of the same concept agree.

const verdict = (s: string, pageDate: string) => realEngine().engine.check(s, { pageDate }).verdict;

test('every reading of a concept needs one of the same sign in the record', () => {
  const cases: [string, string][] = [
    ['In 2023 Armenia never cancelled a CSTO exercise that was to be held on its soil.', '2023-12-01'],
    ['Armenia never cancelled the CSTO drills planned on its territory in 2023.', '2023-12-01'],
    ['Lukashenko told Pashinyan to hurry.', '2023-11-16'],
    ['Lukashenko advised Pashinyan to rush and not to think about his next steps.', '2023-11-16'],
  ];
  for (const [s, date] of cases) expect(verdict(s, date), s).not.toBe('corroborated');
  for (const s of [
    'Lukashenko told Pashinyan not to hurry.',
    'Lukashenko advised Pashinyan not to rush and to think carefully about his next steps.',
  ]) {
    expect(verdict(s, '2023-11-16'), s).toBe('corroborated');
  }
});

test('a denied reporting tail denies what stands before it', () => {
  const date = '2024-06-13';
  expect(verdict('Armenia will leave the CSTO, Pashinyan said.', date)).toBe('corroborated');
  for (const s of [
    'Armenia will leave the CSTO, Pashinyan did not say.',
    'Armenia will leave the CSTO, Pashinyan never said.',
    'Pashinyan did not say that Armenia will leave the CSTO.',
  ]) {
    expect(verdict(s, date), s).not.toBe('corroborated');
  }
});

test('a phrasing that says more with both signs backs the sentence that has one of them', () => {
  // "We have fulfilled all our allied obligations", Pashinyan said, while the CSTO has not: the
  // sentence with Armenia fulfilling is no flip of the record, whatever else the record disputes.
  const v = verdict('Pashinyan said Armenia has fulfilled all its allied obligations.', '2024-03-01');
  expect(v).not.toBe('conflicting');
  expect(
    verdict('Pashinyan said the CSTO has not fulfilled its allied obligations to Armenia.', '2024-03-01'),
  ).toBe('corroborated');
});

test('readings pair by sign whatever their order, and a tail that names no one denies nothing', () => {
  // Both signs, in the other order from the record's "the CSTO has not fulfilled ..., while
  // Armenia has fulfilled its own".
  const both =
    'Pashinyan said Armenia had fulfilled all its obligations to its CSTO allies but they had not fulfilled theirs.';
  expect(verdict(both, '2024-12-05')).toBe('corroborated');
  // "without saying when" leaves out a detail; it does not deny the saying.
  const when = 'Pashinyan said on June 12 that Armenia would leave the CSTO, without saying when.';
  expect(verdict(when, '2024-06-13')).toBe('corroborated');
  // Nor does not specifying it: specifying is telling, in each language.
  for (const s of [
    'Pashinyan told parliament that Armenia would leave the CSTO but did not specify when.',
    'Пашинян в парламенте заявил, что Армения выйдет из ОДКБ, но не уточнил сроки.',
    'Փաշինյանը խորհրդարանում հայտարարել է, որ Հայաստանը դուրս է գալու ՀԱՊԿ-ից, բայց չի հստակեցրել, թե երբ։',
  ]) {
    expect(verdict(s, '2024-06-12'), s).toBe('corroborated');
  }
});

test('a noun phrase between commas after a name is no clause boundary for a denial', () => {
  const date = '2024-06-13';
  const told = 'Pashinyan accused Belarus, a CSTO member, of taking part in preparing the 2020 war.';
  expect(verdict(told, date)).toBe('corroborated');
  for (const s of [
    'Pashinyan did not accuse Belarus, a CSTO member, of taking part in preparing the 2020 war.',
    'Pashinyan never accused Belarus, a member of the CSTO, of taking part in preparing the 2020 war.',
    'Pashinyan did not say Belarus, the CSTO member, took part in preparing the 2020 war.',
  ]) {
    expect(verdict(s, date), s).not.toBe('corroborated');
  }
});
