import { describe, expect, it } from 'vitest';
import { contrastVariants } from '../../../src/eval/contrast';
import { findNames } from '../../../src/eval/names';
import { seededRandom } from '../../../src/eval/prng';
import { realEngine } from '../engine/real-engine';
import { perturbations } from './data';

const { record } = realEngine();
const people = record.entities.filter((e) => e.kind === 'person');
const variant = (text: string, kind: string, seed = 1) =>
  contrastVariants(text, 'en', record.entities, perturbations, seededRandom(seed)).find(
    (v) => v.kind === kind,
  );
const personNames = (text: string) =>
  findNames(text, people, 'en', perturbations.contrast.titleWords.en ?? []).map((n) => n.entity.id);

describe('contrast swaps', () => {
  it('swaps the speaker of the reporting verb for another person of the record', () => {
    const sentence = 'The Kremlin regrets the decision of Pashinyan, Peskov said.';
    for (const seed of [1, 2, 3, 4]) {
      const v = variant(sentence, 'speaker', seed);
      const named = personNames(v?.text ?? '');
      expect(named).toContain('pashinyan');
      expect(named).not.toContain('peskov');
      expect(named).toHaveLength(2);
      expect(v?.text.replace(/, \S+ said\.$/, '')).toBe('The Kremlin regrets the decision of Pashinyan');
    }
  });

  it('swaps who did what to whom, keeping a possessive where it was', () => {
    expect(
      variant("Lukashenko criticised Pashinyan's decision to skip the CSTO summit.", 'roles')?.text,
    ).toBe("Pashinyan criticised Lukashenko's decision to skip the CSTO summit.");
  });

  it('swaps roles only between names mentioned once', () => {
    expect(
      variant(
        'Armenians were fleeing Nagorno-Karabakh to Armenia, and Armenia’s allies did not help.',
        'roles',
      ),
    ).toBeUndefined();
  });

  it('moves a located event to another city, and leaves a country that is the subject alone', () => {
    const v = variant('Armenia did not attend the CSTO summit in Minsk.', 'place');
    expect(v?.text).toMatch(/^Armenia did not attend the CSTO summit in (\S+)\.$/);
    expect(v?.text).not.toContain('Minsk');
    const city = /in (\S+)\.$/.exec(v?.text ?? '')?.[1];
    expect(perturbations.contrast.cities.en).toContain(city);
  });

  it('moves a date to a month at least two away, and changes nothing else', () => {
    const months = perturbations.calendar.en?.months ?? [];
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const v = variant('The CSTO summit was held in Minsk on 23 November 2023.', 'date', seed);
      const month = /on 23 (\S+) 2023\.$/.exec(v?.text ?? '')?.[1] ?? '';
      const distance = Math.abs(months.indexOf(month) - months.indexOf('November'));
      expect(Math.min(distance, 12 - distance)).toBeGreaterThanOrEqual(2);
    }
    expect(variant('Armenia froze its CSTO membership in 2024.', 'date')?.text).toMatch(/in 202[123]\.$/);
  });

  it('changes dates in Russian and Armenian too, from the month names in the data', () => {
    const ru = contrastVariants(
      'Саммит ОДКБ прошел в Минске 23 ноября.',
      'ru',
      record.entities,
      perturbations,
      seededRandom(1),
    );
    expect(ru.map((v) => v.kind)).toEqual(['date']);
    expect(ru[0]?.text).not.toContain('ноября');
    expect(ru[0]?.text).toMatch(/^Саммит ОДКБ прошел в Минске 23 [а-я]+\.$/);
  });

  it('negates the main predicate', () => {
    expect(variant('Pashinyan will skip the CSTO summit.', 'negation')?.text).toBe(
      'Pashinyan will not skip the CSTO summit.',
    );
  });

  it('is the same for the same seed', () => {
    const sentence =
      'Peskov said the Kremlin regrets that Pashinyan will skip the CSTO summit in Minsk in November 2023.';
    const make = () => contrastVariants(sentence, 'en', record.entities, perturbations, seededRandom(9));
    expect(make()).toEqual(make());
    expect(
      make()
        .map((v) => v.kind)
        .sort(),
    ).toEqual(['date', 'negation', 'place', 'roles', 'speaker']);
  });
});

describe('what a place swap leaves alone', () => {
  it('does not take a possessive after a preposition for a location', () => {
    expect(
      variant("Pashinyan said the CSTO did not agree to Armenia's two proposals.", 'place'),
    ).toBeUndefined();
  });
});
