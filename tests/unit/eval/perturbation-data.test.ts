import { describe, expect, it } from 'vitest';
import { validatePerturbationData } from '../../../src/eval/perturbation-data';
import { perturbations } from './data';

describe('the perturbation data', () => {
  it('names the part that is missing or malformed', () => {
    const without = (key: string) =>
      Object.fromEntries(Object.entries(perturbations).filter(([k]) => k !== key));
    expect(() => validatePerturbationData(without('triggerEntities'))).toThrow(/triggerEntities/);
    expect(() => validatePerturbationData(without('calendar'))).toThrow(/calendar/);
    const shortWeek = { ...perturbations, calendar: { en: { weekdays: ['Monday'], months: [] } } };
    expect(() => validatePerturbationData(shortWeek)).toThrow(/calendar\.en\.weekdays \(seven names\)/);
    const badNeutral = {
      ...perturbations,
      neutral: { en: { ...perturbations.neutral.en, tail: 'local media' } },
    };
    expect(() => validatePerturbationData(badNeutral)).toThrow(/neutral\.en\.tail/);
    expect(() => validatePerturbationData(null)).toThrow(/the file/);
  });

  it('holds templates for every neutral kind in English, Russian and Armenian', () => {
    for (const lang of ['en', 'ru', 'hy'] as const) expect(perturbations.neutral[lang]).toBeDefined();
  });
});
