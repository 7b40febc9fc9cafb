import { expect, test } from 'vitest';
import { predicates } from './real-engine';

// Polarity with a short forward scope (NegEx style) and opposite predicates.

test('a negated predicate and its opposite word agree', () => {
  expect(predicates('Pashinyan did not attend the summit.')).toContain('attend-/realized');
  expect(predicates('Pashinyan skipped the summit.')).toContain('attend-/realized');
  expect(predicates('Pashinyan declined to attend the summit.')).toContain('attend-/realized');
  expect(predicates('Pashinyan attended the summit.')).toContain('attend+/realized');
});

test('negation stops at the end of its clause', () => {
  expect(predicates('He did not attend, but sent a delegation and met Lukashenko.')).toEqual(
    expect.arrayContaining(['attend-/realized', 'deploy+/realized', 'meet+/realized']),
  );
  // "if" starts a clause of its own.
  expect(predicates('Ties would not be affected if it left the CSTO.')).toEqual(
    expect.arrayContaining(['damage-/possible', 'leave+/possible']),
  );
  // So does a question word: the office did not say why he would skip, it did not deny skipping.
  expect(predicates("Pashinyan's office did not say why he would skip the summit.")).toContain(
    'attend-/future',
  );
});

test('a determiner "no" negates the verb before it, and phrases with "no" are not negations', () => {
  expect(predicates('The CSTO had received no official notification.')).toContain('receive-/realized');
  expect(predicates('The break with the CSTO has passed the point of no return.')).toContain(
    'irreversible+/realized',
  );
  expect(predicates("Pashinian's move comes as no surprise.")).not.toContain('surprise-/realized');
});

test('"not only" is not a negation, double negation cancels in English', () => {
  expect(predicates('Not only did our allies refuse to help us, they called for his overthrow.')).toContain(
    'help-/realized',
  );
  expect(predicates('Pashinyan did not skip the summit.')).toContain('attend+/realized');
});

test('Russian and Armenian stack negatives without cancelling them', () => {
  expect(predicates('Армения никогда не выйдет из ОДКБ.')).toContain('leave-/future');
  expect(predicates('Пашинян не примет участия в саммите.')).toContain('attend-/future');
  expect(predicates('Հայաստանը երբեք դուրս չի գա ՀԱՊԿ-ից։')[0]).toMatch(/^leave-/);
  // "չի մասնակցի" is the negative future (the present would be "չի մասնակցում").
  expect(predicates('Փաշինյանը չի մասնակցի գագաթնաժողովին։')).toContain('attend-/future');
});

test('"advised against" negates what is advised, "asked to" makes it a wish', () => {
  expect(predicates('Lukashenko advised Pashinian against making hasty decisions.')).toContain(
    'hurry-/deontic',
  );
  expect(predicates('Armenia asked the CSTO to condemn the attack.')).toContain('praise-/deontic');
});
