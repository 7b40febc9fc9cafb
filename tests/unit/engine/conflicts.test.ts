import { expect, test } from 'vitest';
import { realEngine } from './real-engine';

// One test per kind of conflict, each against the real record: the verdict, and the reason naming
// what differs.
const check = (text: string, pageDate: string) => realEngine().engine.check(text, { pageDate });

// The first test of the file builds the engine: generous time on a loaded machine.
test('a flipped assertion (attended / did not attend; welcomed / regretted)', { timeout: 30_000 }, () => {
  expect(check('Pashinyan attended the CSTO summit in Minsk in November 2023.', '2023-11-24').verdict).toBe(
    'conflicting',
  );
  expect(
    check('Moscow welcomed Pashinyan’s decision to stay away from the CSTO summit.', '2023-11-15').verdict,
  ).toBe('conflicting');
  expect(check('Armenia vetoed the documents at the CSTO’s latest meeting.', '2024-12-05').verdict).toBe(
    'conflicting',
  );
});

test('a wrong place', () => {
  const r = check(
    'Putin said at the CSTO summit in Minsk on November 28 that Armenia would not leave the bloc.',
    '2024-11-29',
  );
  expect(r.verdict).toBe('conflicting');
});

test('a wrong date', () => {
  const r = check('The CSTO summit in Minsk was scheduled for December 23, 2023.', '2023-11-15');
  expect(r.verdict).toBe('conflicting');
  expect(r.reason).toMatch(/Dec/);
});

test('a wrong number', () => {
  const r = check('The CSTO, founded in 1992, has eight member states.', '2024-12-10');
  expect(r.verdict).toBe('conflicting');
  expect(r.reason).toMatch(/8/);
});

test('a wrong speaker (who said it), and a wrong agent (who placed the call)', () => {
  expect(
    check('Galuzin said Armenia would remain a welcome member of the CSTO.', '2024-12-06').verdict,
  ).not.toBe('corroborated');
  expect(
    check('Pashinyan phoned Lukashenko to tell him he would skip the summit.', '2023-11-15').verdict,
  ).toBe('conflicting');
});

test('a second clause with its own speaker, or a name spoken to, is not a wrong speaker', () => {
  // Each clause is said by someone the record agrees with; neither is someone else's words.
  expect(
    check(
      'Pashinyan announced in February that Armenia had frozen its membership in the CSTO, and the Kremlin demanded an explanation.',
      '2024-12-06',
    ).verdict,
  ).toBe('corroborated');
  expect(
    check(
      'In November 2023 Pashinyan declined to attend the CSTO summit in Minsk, telling Lukashenko of his decision by phone.',
      '2024-12-06',
    ).verdict,
  ).toBe('corroborated');
});

test('modality: "has left" against "will leave", de jure against de facto', () => {
  expect(check('Armenia formally withdrew from the CSTO in June 2024.', '2024-06-20').verdict).toBe(
    'conflicting',
  );
  expect(
    check('Pashinyan said Armenia had formally frozen its CSTO membership de jure.', '2024-03-01').verdict,
  ).toBe('conflicting');
  expect(
    check(
      'Armenia’s CSTO membership is frozen de facto and could be frozen de jure, Pashinyan said.',
      '2024-02-28',
    ).verdict,
  ).toBe('corroborated');
});

test('the same content with a different bloc is not decided by the CSTO record', () => {
  expect(check('Pashinyan said Armenia would leave the Eurasian Economic Union.', '2024-12-20').verdict).toBe(
    'related',
  );
  expect(check('Pashinyan skipped the CIS summit in Moscow in October 2024.', '2024-12-20').verdict).toBe(
    'related',
  );
  // Bodies the record never speaks of are other bodies too, in each language.
  expect(check('Pashinyan said Armenia would never leave the United Nations.', '2024-06-20').verdict).toBe(
    'related',
  );
  expect(check('Пашинян заявил, что Армения никогда не выйдет из ООН.', '2024-06-20').verdict).toBe(
    'related',
  );
  expect(check('Pashinyan said Armenia would never leave the CSTO.', '2024-06-20').verdict).toBe(
    'conflicting',
  );
});

// "X said Y" is not_in_corpus where the record never has X saying it, however true Y is.
test('a speaker the record does not have saying it does not corroborate', () => {
  expect(check('Belarus said Armenia had recalled its envoy to the CSTO.', '2024-03-01').verdict).not.toMatch(
    /corroborated|conflicting/,
  );
  expect(check('Armenia recalled its envoy to the CSTO.', '2024-03-01').verdict).toBe('corroborated');
  expect(
    check('Pashinyan said Armenia had frozen its participation in the CSTO.', '2024-03-01').verdict,
  ).toBe('corroborated');
});

test('a denied act done by someone else is no conflict: the record denies it of its own doer', () => {
  // The record denies that Lukashenko was angered by Pashinyan's decision (he took it calmly).
  expect(
    check("Lukashenko was angered by Pashinyan's decision to skip the summit.", '2023-11-15').verdict,
  ).toBe('conflicting');
  expect(check('Pashinyan was angry.', '2023-11-15').verdict).not.toBe('conflicting');
  expect(check('Pashinyan was furious with Moscow.', '2023-11-15').verdict).not.toBe('conflicting');
});

test('the opposite act by someone else is no conflict: Belarus taking part is not Pashinyan attending', () => {
  // The record has Pashinyan not taking part in the summit; Belarus's taking part in preparing
  // the war is what another claim backs, and the skipped summit must not make it a near tie.
  for (const text of [
    'Пашинян заявил, что Белоруссия участвовала в подготовке 44-дневной войны.',
    'Pashinyan said Belarus took part in preparing the 44-day war.',
  ]) {
    expect(check(text, '2024-06-13').verdict, text).toBe('corroborated');
  }
  // The same act by the claim's own doer still conflicts.
  expect(
    check('Pashinyan took part in the CSTO summit in Minsk in November 2023.', '2023-11-24').verdict,
  ).toBe('conflicting');
});

test('a sentence joining what the record denies to what it backs is never corroborated', () => {
  // Lukashenko placed the call; that he then urged patience, the record backs.
  for (const text of [
    'Pashinyan himself called Lukashenko, who advised him not to rush.',
    'Пашинян сам позвонил Лукашенко, который посоветовал ему не торопиться.',
    'Փաշինյանն ինքն է զանգահարել Լուկաշենկոյին, որը խորհուրդ է տվել չշտապել։',
  ]) {
    expect(check(text, '2023-11-14').verdict, text).not.toBe('corroborated');
  }
  // Himself, сам, ինքն է: the subject still does what follows.
  for (const text of ['Пашинян сам позвонил Лукашенко.', 'Փաշինյանն ինքն է զանգահարել Լուկաշենկոյին։']) {
    expect(check(text, '2023-11-14').verdict, text).toBe('conflicting');
  }
});
