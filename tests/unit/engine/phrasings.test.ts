import { expect, test } from 'vitest';
import { validatePhrasings, withPhrasings } from '../../../src/record/phrasings';
import { realEngine } from './real-engine';

const claims = new Set(['armenia-has-not-formally-left-csto']);

test('phrasings are checked against the claims and their language, every problem at once', () => {
  const { errors } = validatePhrasings(
    [
      {
        file: 'data/phrasings/ru.json',
        language: 'ru',
        json: {
          'no-such-claim': { supportingPhrasings: ['Армения осталась в ОДКБ'] },
          'armenia-has-not-formally-left-csto': {
            supportingPhrasings: [
              'Armenia stays',
              'Армения не вышла из ОДКБ',
              'Армения не вышла из ОДКБ',
              '',
            ],
            contradictingPhrasings: 'Армения вышла',
            note: 'x',
          },
        },
      },
      { file: 'data/phrasings/de.json', language: 'de', json: {} },
      { file: 'data/phrasings/hy.json', language: 'hy', json: [] },
    ],
    claims,
  );
  expect(errors.map((e) => `${e.file} ${e.entry}: ${e.reason}`)).toEqual([
    'data/phrasings/ru.json no-such-claim: is not the id of a claim in data/claims',
    'data/phrasings/ru.json armenia-has-not-formally-left-csto: has unknown field(s) note',
    'data/phrasings/ru.json armenia-has-not-formally-left-csto: supportingPhrasings[0] is not written in ru: "Armenia stays"',
    'data/phrasings/ru.json armenia-has-not-formally-left-csto: supportingPhrasings[2] repeats a phrasing: "Армения не вышла из ОДКБ"',
    'data/phrasings/ru.json armenia-has-not-formally-left-csto: supportingPhrasings[3] must be a non-empty string',
    'data/phrasings/ru.json armenia-has-not-formally-left-csto: contradictingPhrasings must be a list of phrasings',
    'data/phrasings/de.json (file): names no known language (ru, hy)',
    'data/phrasings/hy.json (file): must be an object keyed by claim id',
  ]);
});

test('valid phrasings are added after the claim’s own', () => {
  const { byLanguage, errors } = validatePhrasings(
    [
      {
        file: 'data/phrasings/hy.json',
        language: 'hy',
        json: {
          'armenia-has-not-formally-left-csto': {
            supportingPhrasings: ['Հայաստանը պաշտոնապես դուրս չի եկել ՀԱՊԿ-ից'],
          },
        },
      },
    ],
    claims,
  );
  expect(errors).toEqual([]);
  const claim = {
    id: 'armenia-has-not-formally-left-csto',
    text: 'Armenia has not formally withdrawn from the CSTO',
    supportingPhrasings: ['Armenia remains a member de jure'],
    contradictingPhrasings: [],
    evidence: [],
    holds: {},
  };
  const corpus = withPhrasings({ sources: [], statements: [], entities: [], claims: [claim] }, byLanguage);
  expect(corpus.claims[0]?.supportingPhrasings).toEqual([
    'Armenia remains a member de jure',
    'Հայաստանը պաշտոնապես դուրս չի եկել ՀԱՊԿ-ից',
  ]);
});

// Sentences worded otherwise than any phrasing, as Russian and Armenian outlets write them: the
// record's own phrasings in those languages decide them, where English ones alone left them None.
test('Russian and Armenian sentences are decided by phrasings in their language', () => {
  const { engine } = realEngine();
  const cases: [string, string, string][] = [
    ['Премьер Армении не будет участвовать в минском саммите ОДКБ.', '2023-11-20', 'corroborated'],
    ['Пашинян примет участие в саммите ОДКБ в Минске.', '2023-11-20', 'conflicting'],
    ['Փաշինյանը կմասնակցի ՀԱՊԿ գագաթնաժողովին Մինսկում։', '2023-11-20', 'conflicting'],
    [
      'Հայաստանը փաստացի իրեն համարում է ՀԱՊԿ-ից դուրս, հայտարարել է Փաշինյանը։',
      '2024-12-06',
      'corroborated',
    ],
    ['Лавров заявил, что официальных уведомлений от Еревана ОДКБ не получала.', '2024-12-06', 'corroborated'],
  ];
  for (const [text, pageDate, verdict] of cases) {
    expect(engine.check(text, { pageDate }).verdict, text).toBe(verdict);
  }
});
