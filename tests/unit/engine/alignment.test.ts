import { expect, test } from 'vitest';
import { predicates, realEngine } from './real-engine';

// Who does what to whom, and which claim a sentence is really about: a flipped predicate
// conflicts only when its arguments line up, two claims reading the same predicate in opposite
// ways are settled by the better fit (or not at all), and a sentence that names neither the CSTO
// nor Pashinyan counts only when it names every party of the record's claim and no other.

const check = (text: string, pageDate: string) => realEngine().engine.check(text, { pageDate });
const analyze = (text: string) => realEngine().analyzer.analyze(text);

test('the object of a help phrase is who is helped, wherever the phrase puts it', () => {
  const patient = (text: string) => analyze(text).preds.find((p) => p.concept === 'help')?.patient;
  expect(patient('The CSTO stood by Armenia in the 2020 war.')).toBe('armenia');
  expect(patient("CSTO members did not come to Armenia's aid.")).toBe('armenia');
  expect(patient('Russia helped Azerbaijan prepare for the war.')).toBe('azerbaijan');
  // "by" after a verb that is not the phrase's own is a passive agent, not the one helped.
  expect(patient('Armenia was supported by Russia.')).toBeNull();
});

test('"accused X of doing", "praised X for doing": X is who did it', () => {
  const agent = (text: string, concept: string) =>
    analyze(text).preds.find((p) => p.concept === concept)?.agent?.id;
  expect(agent('Pashinyan accused two CSTO member states of helping Azerbaijan.', 'help')).toBe('csto');
  expect(agent('Pashinyan praised Belarus for backing Armenia in the war.', 'help')).toBe('belarus');
  // Yerevan is a city of the record's own, speaking as Armenia.
  expect(agent('Moscow accused Yerevan of deliberately ruining bilateral relations.', 'damage')).toBe(
    'yerevan',
  );
  expect(realEngine().analyzer.compatible('yerevan', 'armenia')).toBe(true);
});

test('helping Azerbaijan is not aiding Armenia: no conflict with "did not come to its aid"', () => {
  const r = check(
    'Pashinyan accused two CSTO member states of helping Azerbaijan prepare for the 2020 war.',
    '2024-06-13',
  );
  expect(r.verdict).toBe('corroborated');
  expect(r.evidence[0]?.claimId).toBe('csto-members-helped-azerbaijan-prepare-2020-war');
  expect(r.evidence.some((e) => e.stance === 'conflicts')).toBe(false);
  // Aiding Armenia is what the record denies.
  expect(
    check('Pashinyan said CSTO allies had come to Armenia’s aid during the 44-day war.', '2024-12-05'),
  ).toMatchObject({ verdict: 'conflicting' });
  expect(
    check('Pashinyan praised Belarus for backing Armenia in the 44-day war.', '2024-06-13').verdict,
  ).toBe('conflicting');
});

test('ruling out leaving on the day the record shows "no plans" giving way is disputed', () => {
  // On 28 February 2024 he signalled readiness to leave, and from that day the record shows "no
  // plans to leave" changing (issue 19): ruling out leaving then is neither corroborated by the
  // old state nor refuted by the readiness.
  const r = check('Pashinyan ruled out leaving the CSTO.', '2024-02-28');
  expect(r.verdict).toBe('disputed');
  expect(r.reason).toMatch(/changing from Feb 28, 2024/);
});

test('a conflict about another predicate is not rivalled by a corroboration', () => {
  expect(
    check(
      'Pashinyan placed the call to Lukashenko himself to announce that he would not attend.',
      '2023-11-14',
    ).verdict,
  ).toBe('conflicting');
});

test('welcoming an offer is accepting it; declining it is the opposite', () => {
  expect(predicates("Armenia welcomed the CSTO's offer to deploy a monitoring mission.")).toContain(
    'accept+/realized',
  );
  expect(predicates("The Kremlin welcomed Pashinyan's decision.")).toContain('regret-/realized');
  expect(
    check("Armenia welcomed the CSTO's offer to deploy a monitoring mission to its border.", '2024-03-01')
      .verdict,
  ).toBe('conflicting');
  expect(
    check("Pashinyan rejected the CSTO's offer to send monitors to the border with Azerbaijan.", '2024-03-01')
      .verdict,
  ).toBe('corroborated');
});

test('a time given for leaving says a date was set; the record says none was', () => {
  expect(predicates('Pashinyan said Armenia would leave the CSTO in 2026.')).toContain('set-date+/future');
  expect(predicates('Armenia will leave the CSTO, Pashinyan said on June 12.')).not.toContain(
    'set-date+/future',
  );
  for (const text of [
    'Pashinyan said Armenia would quit the CSTO on a specific date next year.',
    'Pashinyan said Armenia would leave the CSTO in 2025.',
    'Pashinyan said Armenia would quit the CSTO by the end of the year.',
    'Armenia will leave the CSTO by 2026, Pashinyan’s office said.',
  ]) {
    expect(check(text, '2024-06-13').verdict, text).toBe('conflicting');
  }
  for (const text of [
    'Pashinyan said on June 12 that Armenia will leave the CSTO.',
    'Pashinyan said Armenia will leave the CSTO, without naming a date.',
    'Пашинян заявил, что Армения выйдет из ОДКБ, но не назвал сроков.',
  ]) {
    expect(check(text, '2024-06-13').verdict, text).toBe('corroborated');
  }
});

test('"told him to take his time and not rush" is advice not to hurry', () => {
  expect(
    predicates('Lukashenko told Pashinyan to take his time and not rush into decisions.').filter((p) =>
      p.startsWith('hurry'),
    ),
  ).toEqual(['hurry-/deontic', 'hurry-/deontic']);
  expect(predicates('Pashinyan told reporters that Armenia would leave.')).not.toContain('advise+/realized');
  expect(
    check(
      'Lukashenko told Pashinyan to take his time and not rush into decisions that might break up the alliance.',
      '2023-11-15',
    ).verdict,
  ).toBe('corroborated');
  expect(check('Lukashenko told Pashinyan to make a decision quickly.', '2023-11-15').verdict).toBe(
    'conflicting',
  );
});

test('a negation takes the first act it meets; reporting verbs pass it on', () => {
  expect(predicates('He decided not to attend the summit calmly.')).toEqual(
    expect.arrayContaining(['attend-/realized', 'calm+/realized']),
  );
  expect(predicates('Yerevan has not said it will withdraw from the CSTO.')).toContain('leave-/future');
  expect(predicates('The CSTO did not help or protect Armenia.')).toEqual(
    expect.arrayContaining(['help-/realized']),
  );
});

test('a negation of something the lexicon does not name still tells sentences apart', () => {
  expect(
    check(
      'Pashinyan said changes could not be ruled out if Lukashenko offered an apology acceptable to the Armenian people.',
      '2024-06-13',
    ).verdict,
  ).toBe('corroborated');
  expect(
    check('Pashinyan ruled out any change even if Lukashenko apologizes.', '2024-06-13').verdict,
  ).not.toBe('corroborated');
  // "without Pashinyan" names who was absent; it denies nothing.
  expect(
    check('The CSTO summit in Minsk took place on November 23, 2023 without Pashinyan.', '2023-11-24')
      .verdict,
  ).toBe('corroborated');
});

test('a day off the days the record gives is another date, even beside "in November"', () => {
  const r = check('The CSTO summit in Minsk took place on November 30, 2023.', '2023-12-01');
  expect(r.verdict).toBe('conflicting');
  expect(r.reason).toMatch(/Nov 23/);
});

test('de facto and de jure are two freezes, each with its own modality', () => {
  expect(
    check('Pashinyan said Armenia froze its CSTO membership de facto in February.', '2024-06-13').verdict,
  ).toBe('corroborated');
  expect(
    check(
      'Pashinyan said Armenia had formally frozen its CSTO membership de jure in February 2024.',
      '2024-03-01',
    ).verdict,
  ).toBe('conflicting');
});

test('a claim that is someone’s words keeps its speaker in paraphrases that name none', () => {
  expect(
    check(
      "Zakharova expressed regret over Pashinyan's decision to skip the CSTO summit in Minsk.",
      '2023-11-15',
    ),
  ).toMatchObject({ verdict: 'conflicting' });
  expect(
    check("Moscow said it regretted Pashinyan's decision not to attend the summit.", '2023-11-15').verdict,
  ).toBe('corroborated');
});

test('feelings: calm against anger, whoever the "by" names', () => {
  expect(predicates("Lukashenko was outraged by Pashinyan's decision.")).toContain('calm-/realized');
  expect(analyze("Lukashenko was outraged by Pashinyan's decision.").preds[0]?.agent?.id).toBe('lukashenko');
  expect(
    check(
      "Lukashenko was furious about Pashinyan's decision to skip the summit, his spokeswoman said.",
      '2023-11-15',
    ).verdict,
  ).toBe('conflicting');
});

test('Russian imperfective present and the Armenian future prefix', () => {
  expect(predicates('Армения остается членом ОДКБ.')).toContain('leave-/realized');
  expect(predicates('Армения выйдет из ОДКБ.')).toContain('leave+/future');
  expect(predicates('Армения останется в ОДКБ.')).toContain('leave-/future');
  expect(predicates('Հայաստանը կմնա ՀԱՊԿ-ում։')).toContain('leave-/future');
});

test('without the CSTO or Pashinyan named, every party of the claim must be, and no other', () => {
  for (const text of [
    'Peskov said the Kremlin regretted Kazakhstan’s decision.',
    'Moscow accused Kyiv of systematically destroying bilateral relations.',
    'Russia’s Foreign Ministry accused Baku of damaging bilateral relations.',
    'The Kremlin demanded official explanations from Chisinau.',
    'Armenia recalled its ambassador from Belarus.',
    'Armenia has repeatedly expressed its discontent with Russia’s peacekeepers.',
  ]) {
    expect(check(text, '2024-06-13').mentions, text).toBe(false);
  }
  // The same slot filled by someone else is still a claim about the record's event.
  expect(check('Lavrov accused Yerevan of trying to sit on two chairs.', '2023-11-17')).toMatchObject({
    mentions: true,
    verdict: 'conflicting',
  });
});

test('an adverb of form goes to the nearest act; "right not to" keeps its negation', () => {
  expect(
    predicates('The Kremlin demanded that Yerevan officially explain the freezing of its membership.'),
  ).toContain('freeze+/realized');
  expect(predicates('Putin said the CSTO had been right not to intervene.')).toContain('intervene-/deontic');
  expect(
    check('Putin said the CSTO had been right not to intervene in the Karabakh conflict.', '2024-11-29')
      .verdict,
  ).toBe('corroborated');
});
