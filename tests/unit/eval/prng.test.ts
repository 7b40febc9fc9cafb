import { describe, expect, it } from 'vitest';
import { seededRandom, seedFor } from '../../../src/eval/prng';

describe('the seeded generator', () => {
  it('draws the same sequence for the same seed, and another for another seed', () => {
    const draw = (seed: number) => {
      const r = seededRandom(seed);
      return Array.from({ length: 5 }, () => r.next());
    };
    expect(draw(13)).toEqual(draw(13));
    expect(draw(13)).not.toEqual(draw(14));
    for (const x of draw(13)) expect(x >= 0 && x < 1).toBe(true);
  });

  it('gives each item its own seed, stable whatever else is generated', () => {
    expect(seedFor(13, 'claim-a')).toBe(seedFor(13, 'claim-a'));
    expect(seedFor(13, 'claim-a')).not.toBe(seedFor(13, 'claim-b'));
    expect(seedFor(13, 'claim-a')).not.toBe(seedFor(12, 'claim-a'));
  });

  it('refuses to pick from an empty list rather than return undefined', () => {
    expect(() => seededRandom(1).pick([])).toThrow(/empty/);
  });
});
