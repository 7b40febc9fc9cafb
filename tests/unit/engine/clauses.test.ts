import { expect, test } from 'vitest';
import { concessiveClauses } from '../../../src/engine/clauses';
import { realEngine } from './real-engine';

test('a concessive word splits a sentence into the clause it opens and the rest', () => {
  expect(concessiveClauses('Armenia stays in the bloc, although its leader skipped the summit.')).toEqual([
    'Armenia stays in the bloc',
    'its leader skipped the summit.',
  ]);
  expect(concessiveClauses('Although its leader skipped the summit, Armenia stays in the bloc.')).toEqual([
    'Armenia stays in the bloc.',
    'its leader skipped the summit',
  ]);
  expect(concessiveClauses('Армения остаётся в блоке, хотя её лидер пропустил саммит.')).toEqual([
    'Армения остаётся в блоке',
    'её лидер пропустил саммит.',
  ]);
  expect(concessiveClauses('Հայաստանը մնում է դաշինքում, թեև նրա ղեկավարը բաց թողեց գագաթնաժողովը։')).toEqual(
    ['Հայաստանը մնում է դաշինքում', 'նրա ղեկավարը բաց թողեց գագաթնաժողովը։'],
  );
  // No clause of its own: a word inside another ("thoughtful"), or a fragment of two words.
  expect(concessiveClauses('Armenia gave the bloc a thoughtful answer about its summit.')).toBeNull();
  expect(concessiveClauses('Armenia stays in the bloc for now, though barely.')).toBeNull();
});

test('a sentence the record cannot decide whole takes the verdict its clauses agree on', {
  timeout: 30_000,
}, () => {
  const check = (s: string) => realEngine().engine.check(s, { pageDate: '2023-11-23' }).verdict;
  const state = 'Armenia has so far announced no plans to leave the CSTO';
  expect(check(`${state}, although Pashinyan is angry at Moscow.`)).toBe('corroborated');
  expect(
    check(`Армения пока не объявляла о планах выйти из ОДКБ, хотя Пашинян не поехал на саммит в Минск.`),
  ).toBe('corroborated');
  // One clause the record backs and one it denies: not corroborated.
  expect(check(`${state}, although Pashinyan attended the CSTO summit in Minsk.`)).not.toBe('corroborated');
});
