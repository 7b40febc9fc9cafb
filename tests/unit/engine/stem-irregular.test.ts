import { expect, test } from 'vitest';
import { stemEn } from '../../../src/engine/text/stem';

// Irregular forms come from data/lexicon/irregular.json, a plain object: a page's word that names
// one of Object's own properties must still stem to a string, as every other word does.

test('irregular forms stem to their lemma', () => {
  expect(stemEn('left')).toBe(stemEn('leave'));
  expect(stemEn('withdrew')).toBe(stemEn('withdraw'));
});

test('a word named like an object property is stemmed as a word', () => {
  for (const word of ['constructor', 'tostring', 'valueof', 'hasownproperty', '__proto__']) {
    expect(typeof stemEn(word)).toBe('string');
  }
});
