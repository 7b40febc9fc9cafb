import { expect, test } from 'vitest';
import { realEngine } from './real-engine';

// Structure binds meaning: who does a predicate, where, and whether the reporting itself is
// denied. Each test pairs a sentence the record backs with the one change that must undo it.

const verdict = (text: string) => realEngine().engine.check(text, { pageDate: '2023-11-24' }).verdict;
const agentOf = (text: string, concept: string) =>
  realEngine()
    .analyzer.analyze(text)
    .preds.find((p) => p.concept === concept)?.agent?.id ?? null;

test('the subject of a verb governing an infinitive does what the infinitive says', {
  timeout: 30_000,
}, () => {
  expect(agentOf('Pashinian decided not to attend the upcoming CSTO summit', 'attend')).toBe('pashinyan');
  expect(agentOf('Lavrov wants to visit Yerevan', 'visit')).toBe('lavrov');
  // Object control: the one asked is the one who acts.
  expect(agentOf('Lavrov urged Pashinyan to attend the summit', 'attend')).toBe('pashinyan');
});

test('another doer of the same act is not backed by the record', () => {
  expect(verdict('Pashinyan declined to attend the CSTO summit in Minsk on 23 November 2023')).toBe(
    'corroborated',
  );
  expect(verdict('Galuzin declined to attend the CSTO summit in Minsk on 23 November 2023')).not.toBe(
    'corroborated',
  );
  // Whose decision it is, is who would do it.
  expect(verdict('No reason was given for Pashinyan’s decision to skip the CSTO summit')).toBe(
    'corroborated',
  );
  expect(verdict('No reason was given for Peskov’s decision to skip the CSTO summit')).not.toBe(
    'corroborated',
  );
  expect(verdict('Lukashenko calmly accepted Pashinyan’s decision')).toBe('corroborated');
  expect(verdict('Pashinyan calmly accepted Lukashenko’s decision')).not.toBe('corroborated');
});

test('a place the record does not know is a place the record cannot back', () => {
  expect(verdict('Pashinyan will skip the CSTO summit in Minsk')).toBe('corroborated');
  for (const place of ['Almaty', 'Dushanbe', 'Bishkek']) {
    expect(verdict(`Pashinyan will skip the CSTO summit in ${place}`), place).not.toBe('corroborated');
  }
  const { analyzer } = realEngine();
  expect(analyzer.analyze('Pashinyan will skip the CSTO summit in Almaty').unnamedPlaces).toEqual(['almaty']);
  // A month, a known name, or a capital outside an event's place is no unnamed place.
  expect(analyzer.analyze('Pashinyan will skip the CSTO summit in November').unnamedPlaces).toEqual([]);
  expect(analyzer.analyze('Pashinyan will skip the CSTO summit in Minsk').unnamedPlaces).toEqual([]);
  expect(analyzer.analyze('In Parliament, Pashinyan criticised the CSTO').unnamedPlaces).toEqual([]);
});

test('denying the reporting denies what its clause reports, and only that', () => {
  expect(verdict('Pashinyan informed Lukashenko of his decision during a phone call')).toBe('corroborated');
  expect(verdict('Pashinyan never informed Lukashenko of his decision during a phone call')).not.toBe(
    'corroborated',
  );
  expect(verdict('Pashinian did not make this known during a phone call with Lukashenko')).not.toBe(
    'corroborated',
  );
  // The denial stays in its clause: the second one still says he stayed away.
  expect(
    verdict(
      'Yerevan has not declared any intention of quitting the CSTO, although Pashinyan stayed away from the Minsk summit.',
    ),
  ).toBe('corroborated');
});

test('an Armenian case ending after a hyphen keeps its role: ՀԱՊԿ-ից is "from the CSTO", not a subject', () => {
  expect(agentOf('Հայաստանը չի հայտարարել ՀԱՊԿ-ից դուրս գալու մտադրության մասին', 'leave')).not.toBe('csto');
});

test('a place counts in its own clause: where the summit was, not where he said so', () => {
  // Yerevan is where he said it, not a wrong place for the summit: never a conflict. The record
  // has no statement made in Yerevan, so the detail leaves it Related (a true fact plus a detail
  // the sources lack); without the detail it is Corroborated.
  expect(verdict('Pashinyan will skip the CSTO summit, he told reporters at a meeting in Yerevan.')).toBe(
    'related',
  );
  expect(verdict('Pashinyan will skip the CSTO summit, he told reporters.')).toBe('corroborated');
});
