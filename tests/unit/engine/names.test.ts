import { expect, test } from 'vitest';
import { realEngine } from './real-engine';

// A corroboration explains every name the sentence gives, and the record's voice is the only
// one it backs: a person, body or place the matched claim does not involve leaves it Related.

const verdict = (s: string, pageDate: string) => realEngine().engine.check(s, { pageDate }).verdict;

test('a name the claim does not involve makes a corroboration Related', () => {
  const date = '2023-11-24';
  for (const s of [
    'Pashinyan did not attend the CSTO summit in Minsk.',
    'Pashinyan did not attend the CSTO summit in Belarus.',
    'Pashinyan skipped the CSTO summit in Minsk.',
  ]) {
    expect(verdict(s, date), s).toBe('corroborated');
  }
  for (const s of [
    'Pashinyan did not attend the CSTO summit in Astana.',
    'Galuzin did not attend the CSTO summit in Minsk.',
    'Pashinyan and Tokayev did not attend the CSTO summit in Minsk.',
  ]) {
    expect(verdict(s, date), s).not.toBe('corroborated');
  }
});

test('a statement is not evidence that someone else said it', () => {
  const date = '2024-06-13';
  for (const s of [
    'Pashinyan said Armenia will leave the CSTO.',
    'Pashinyan told parliament that Armenia will leave the CSTO.',
  ]) {
    expect(verdict(s, date), s).toBe('corroborated');
  }
  // An Armenian official is of Armenia's side, but the record never has him saying it.
  for (const s of [
    'Yeghoyan said Armenia will leave the CSTO.',
    'Grigoryan said Armenia will leave the CSTO.',
    'Zakharova said Armenia will leave the CSTO.',
  ]) {
    expect(verdict(s, date), s).not.toBe('corroborated');
  }
});

test("the sentence's subject is the claim's: someone else in the doer's place is not backed", () => {
  const calls = ['Lukashenko called Pashinyan.', "Belarus's president called Pashinyan."];
  for (const s of calls) expect(verdict(s, '2023-11-15'), s).toBe('corroborated');
  // His spokeswoman speaks for him, yet her call would not be his.
  for (const s of ['Eismont called Pashinyan.', 'Eismont phoned Pashinyan on 14 November.']) {
    expect(verdict(s, '2023-11-15'), s).not.toBe('corroborated');
  }
  const date = '2024-06-13';
  for (const s of [
    'Pashinyan called the CSTO a bubble alliance.',
    "Armenia's prime minister called the CSTO a bubble alliance.",
  ]) {
    expect(verdict(s, date), s).toBe('corroborated');
  }
  for (const s of [
    'Lavrov called the CSTO a bubble alliance.',
    'Zakharova called the CSTO a bubble alliance.',
  ]) {
    expect(verdict(s, date), s).not.toBe('corroborated');
  }
});

test('only the first name stands in the subject place', () => {
  // Pashinyan is read as a doer after a verb the lexicon does not know; Putin is the subject.
  const s =
    "Putin attributed Pashinyan's anti-CSTO statements to internal factors stemming from Armenia's defeat in Karabakh.";
  expect(verdict(s, '2024-11-29')).toBe('corroborated');
});

test('a person is explained by himself or his voice, never by his country', () => {
  const date = '2023-11-20';
  for (const s of [
    "In 2023 Pashinyan's government recalled Armenia's representative to the CSTO.",
    'In 2023 the Armenian government recalled its representative to the CSTO.',
  ]) {
    expect(verdict(s, date), s).toBe('corroborated');
  }
  // Russian officials are of Russia, which the claim involves; the claim never involves them.
  for (const s of [
    "In 2023 Galuzin's government recalled Armenia's representative to the CSTO.",
    "In 2023 Lavrov's government recalled Armenia's representative to the CSTO.",
  ]) {
    expect(verdict(s, date), s).not.toBe('corroborated');
  }
});

test('a fact joined to a corroborated one backs the names it brings', () => {
  const check = (text: string) => realEngine().engine.check(text, { pageDate: '2023-11-14' }).verdict;
  // His calm is one claim, the skipped summit in Minsk another: together they explain Minsk.
  for (const text of [
    'Лукашенко спокойно воспринял решение Пашиняна не ехать в Минск, сообщила его пресс-секретарь Наталья Эйсмонт.',
    "Lukashenko calmly accepted Pashinyan's decision not to go to Minsk, his spokeswoman said.",
  ]) {
    expect(check(text), text).toBe('corroborated');
  }
  // No claim has him skip a trip to Baku or Astana.
  for (const text of [
    'Лукашенко спокойно воспринял решение Пашиняна не ехать в Баку, сообщила его пресс-секретарь Наталья Эйсмонт.',
    "Lukashenko calmly accepted Pashinyan's decision not to go to Astana, his spokeswoman said.",
  ]) {
    expect(check(text), text).toBe('related');
  }
});
