import { expect, test } from 'vitest';
import { realEngine } from './real-engine';

const check = (text: string, pageDate = '2024-12-20') => realEngine().engine.check(text, { pageDate });

test('no mention: none, without evidence', () => {
  const r = check('MacStories published its annual review of the iPhone.');
  expect(r).toMatchObject({ mentions: false, verdict: 'none', evidence: [] });
});

test('a sentence on the topic the record does not decide is only related', () => {
  const r = check(
    'Pashinyan met French President Emmanuel Macron in Paris to discuss defence cooperation.',
    '2024-02-21',
  );
  expect(r.mentions).toBe(true);
  expect(['related', 'none']).toContain(r.verdict);
  expect(r.evidence.every((e) => e.stance === 'related')).toBe(true);
});

test('a conflict in any part of the sentence makes it conflicting', () => {
  // He did tell Lukashenko he would not attend, but Lukashenko placed the call.
  const r = check(
    'Pashinyan placed the call to Lukashenko himself to announce that he would not attend.',
    '2023-11-14',
  );
  expect(r.verdict).toBe('conflicting');
  expect(r.evidence[0]?.stance).toBe('conflicts');
});

test('a sentence the record decides without naming the CSTO or Pashinyan still counts as a mention', () => {
  const r = check(
    'The Kremlin noted that the alliance’s rules make no provision for suspending a member.',
    '2024-02-27',
  );
  expect(r).toMatchObject({ mentions: true, verdict: 'corroborated' });
});

test('evidence comes with source, speaker, date, stance, reason and highlights', () => {
  const r = check(
    'The Kremlin said it regretted Pashinyan’s decision not to come to the CSTO summit.',
    '2023-11-14',
  );
  expect(r.verdict).toBe('corroborated');
  const [first] = r.evidence;
  expect(first).toMatchObject({
    stance: 'corroborates',
    url: expect.stringMatching(/^https:\/\//),
    datePrecision: 'day',
  });
  expect(first?.reason).toMatch(/The record says the same/);
  const marked = (first?.highlights ?? []).map((h) => first?.quote.slice(h.start, h.end));
  expect(marked.join(' ')).toMatch(/regret/i);
});

test('the record disputing itself yields disputed, not a side, with both sides in evidence', () => {
  const r = check(
    "Russia and its CSTO allies ignored Armenia's request for help in September 2022.",
    '2023-11-20',
  );
  expect(r.verdict).toBe('disputed');
  expect(r.reason).toMatch(/Moscow denies/);
  const stances = new Set(r.evidence.map((e) => e.stance));
  expect(stances.has('corroborates') && stances.has('conflicts')).toBe(true);
});

test('the decision a verdict rests on is reported, also when it fell short of deciding', () => {
  const { engine } = realEngine();
  const decided = engine.check('Pashinyan did not attend the CSTO summit in Minsk.', {
    pageDate: '2023-11-24',
  });
  expect(decided.verdict).toBe('corroborated');
  expect(decided.decision?.verdict).toBe('corroborated');
  expect(decided.decision?.score).toBeGreaterThan(0.5);
  // Most of this sentence is detail the record lacks: it leans to the skipped summit, too weakly.
  const weak = engine.check(
    'Pashinyan skipped a summit, his aides grumbled over coffee in the hotel lobby late last night.',
    { pageDate: '2023-11-24' },
  );
  expect(weak.verdict).toBe('related');
  expect(weak.decision?.verdict).toBe('corroborated');
  expect(weak.decision?.score).toBeLessThan(decided.decision?.score ?? 0);
});
