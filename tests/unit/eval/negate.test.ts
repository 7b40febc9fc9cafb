import { describe, expect, it } from 'vitest';
import { negateMainPredicate } from '../../../src/eval/negate';
import { perturbations } from './data';

const negate = (s: string) => negateMainPredicate(s, perturbations.englishVerbs)?.text ?? null;

describe('negating the main predicate', () => {
  it('puts "not" after the auxiliary of the main verb', () => {
    expect(negate('Pashinyan will skip the CSTO summit in Minsk.')).toBe(
      'Pashinyan will not skip the CSTO summit in Minsk.',
    );
    expect(negate('The summit was held in Minsk on 23 November 2023.')).toBe(
      'The summit was not held in Minsk on 23 November 2023.',
    );
  });

  it('binds to the main verb, not to one inside a relative clause', () => {
    expect(negate('The summit, which was scheduled for November, took place in Minsk.')).toBe(
      'The summit, which was scheduled for November, did not take place in Minsk.',
    );
  });

  it('skips a leading subordinate clause', () => {
    expect(negate('After the bloc ignored its appeal, Armenia froze its participation in the CSTO.')).toBe(
      'After the bloc ignored its appeal, Armenia did not freeze its participation in the CSTO.',
    );
  });

  it('after a reporting verb, negates what was reported rather than the report', () => {
    expect(negate('Peskov said that Moscow regretted the decision of Pashinyan.')).toBe(
      'Peskov said that Moscow never regretted the decision of Pashinyan.',
    );
    expect(negate('Lukashenko, quoted by BelTA, said Pashinyan would not come to Minsk.')).toBe(
      'Lukashenko, quoted by BelTA, said Pashinyan would come to Minsk.',
    );
  });

  it('falls back to the reporting verb when the report has no verb it can read', () => {
    expect(negate('Zakharova said Armenia benefits nobody.')).toBe(
      'Zakharova did not say Armenia benefits nobody.',
    );
  });

  it('removes a negation already there instead of stacking a second one', () => {
    expect(negate('Pashinyan did not attend the CSTO summit.')).toBe('Pashinyan did attend the CSTO summit.');
    expect(negate("Pashinyan won't attend the CSTO summit.")).toBe('Pashinyan will attend the CSTO summit.');
    expect(negate('Armenia has announced no plans to leave the CSTO.')).toBe(
      'Armenia has announced plans to leave the CSTO.',
    );
    expect(negate('Armenia is effectively no longer part of the CSTO.')).toBe(
      'Armenia is effectively part of the CSTO.',
    );
    expect(negate('Pashinian decided not to attend the CSTO summit.')).toBe(
      'Pashinian decided to attend the CSTO summit.',
    );
  });

  it('uses "never" for a regular past, which needs no base form', () => {
    expect(negate('Armenia declined to host CSTO exercises.')).toBe(
      'Armenia never declined to host CSTO exercises.',
    );
  });

  it('does not take a capitalised month for the modal "may"', () => {
    expect(negate('In late May 2024 Pashinyan accused two CSTO members of helping Azerbaijan.')).toBe(
      'In late May 2024 Pashinyan never accused two CSTO members of helping Azerbaijan.',
    );
  });

  it('does not take a participle after a comma for the main verb', () => {
    expect(
      negate('Pashinian told Lukashenko in a call, reported on Tuesday, that he would skip the summit.'),
    ).toBe('Pashinian told Lukashenko in a call, reported on Tuesday, that he would not skip the summit.');
  });

  it('makes no variant where it cannot tell the finite verb', () => {
    expect(negate("Armenia's PM opts out of the CSTO summit")).toBeNull();
    expect(negate('Russia, which dominates the CSTO')).toBeNull();
  });
});
