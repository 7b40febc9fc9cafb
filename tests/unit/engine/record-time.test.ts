import { beforeAll, expect, test } from 'vitest';
import { applyTime } from '../../../src/engine/time';
import type { Claim } from '../../../src/record/types';
import { realEngine } from './real-engine';

// The record's dating of events (`about`) and of claims giving way (`changing`), as the engine
// reads them: an outlet's report of an earlier event is dated to the event, and a page dated while
// the record shows a claim changing is told so rather than told the claim holds or fails.

// Building the engine over the whole record takes seconds on a loaded machine: once, outside the tests.
beforeAll(() => {
  realEngine();
}, 60_000);

const check = (sentence: string, pageDate: string) => realEngine().engine.check(sentence, { pageDate });

const noPlans: Claim = {
  id: 'no-plans',
  text: 'Armenia has announced no plans to leave the CSTO',
  supportingPhrasings: [],
  contradictingPhrasings: [],
  evidence: [],
  holds: { until: '2024-06-12' },
  changing: { since: '2024-02-28', by: ['s/01'], why: 'readiness to leave' },
};

test('an outlet reporting an earlier event dates it to the event, not to its publication', () => {
  // azatutyun-2023-11-14/18 was published on 14 November and is about the summit of 13 October.
  const wrongDay = check(
    'Pashinyan skipped the CIS summit in Kyrgyzstan on November 14, 2023.',
    '2023-11-20',
  );
  expect(wrongDay.verdict).not.toBe('corroborated');
  const rightDay = check('Pashinyan skipped the CIS summit in Kyrgyzstan on October 13, 2023.', '2023-11-20');
  expect(rightDay.verdict).toBe('corroborated');
});

test('inside the changing window a claim is disputed, before it holds, after it is outdated', () => {
  const before = applyTime('corroborates', noPlans, '2024-01-15');
  expect(before).toEqual({ stance: 'corroborates' });
  for (const stance of ['corroborates', 'conflicts'] as const) {
    for (const day of ['2024-02-28', '2024-04-01', '2024-06-11']) {
      expect(applyTime(stance, noPlans, day)).toMatchObject({ stance: 'disputed', why: 'changing' });
    }
  }
  expect(applyTime('corroborates', noPlans, '2024-07-01')).toMatchObject({
    stance: 'conflicts',
    why: 'ended',
  });
});

test('the reason of a changing claim says the record shows it changing, from when', () => {
  const time = applyTime('corroborates', noPlans, '2024-04-01');
  expect(time.flux).toBe(noPlans);
  expect(time.shownBy).toEqual(['s/01']);
  const spring = check('Armenia has no plans to leave the CSTO.', '2024-04-01');
  expect(spring.why).toMatchObject({ kind: 'in-flux', since: '2024-02-28' });
  expect(spring.reason).toMatch(/changing/);
  expect(spring.reason).toContain('Feb 28, 2024');
});

test('a page of spring 2024 saying Armenia has no plans to leave is disputed, not decided', () => {
  const spring = check('Armenia has no plans to leave the CSTO.', '2024-04-01');
  expect(spring.verdict).toBe('disputed');
  expect(spring.reason).toMatch(/changing/);
  expect(spring.evidence.map((e) => e.statementId)).toContain('massispost-2024-02-28/01');
  expect(check('Armenia has no plans to leave the CSTO.', '2023-12-20').verdict).toBe('corroborated');
  expect(check('Armenia has no plans to leave the CSTO.', '2024-07-20').verdict).toBe('conflicting');
});

test('what the record shows changing a claim still decides the sentences that assert it', () => {
  // The readiness itself is not in flux: saying he signalled it is corroborated in the window.
  const r = check('Pashinyan signaled his readiness to pull Armenia out of the CSTO.', '2024-04-01');
  expect(r.verdict).toBe('corroborated');
});

test("a dateline's date is the day of the report, not of the event it reports", () => {
  // Pashinyan said it on 12 June; the report is datelined the 13th.
  const report = 'YEREVAN, June 13 (Reuters) - Armenia will leave the CSTO, Pashinyan said';
  expect(check(report, '2024-06-13').verdict).toBe('corroborated');
  const tass = 'ЕРЕВАН, 13 июня. /ТАСС/. Армения выйдет из ОДКБ, заявил Пашинян.';
  expect(check(tass, '2024-06-13').verdict).not.toBe('conflicting');
  // A date in the sentence itself still counts.
  expect(check('Pashinyan said on June 20 that Armenia will leave the CSTO.', '2024-06-25').verdict).toBe(
    'conflicting',
  );
});

test('a state dated "as of" before anything the record says of it is one the record cannot speak to', () => {
  const { engine } = realEngine();
  const check = (s: string) => engine.check(s, { pageDate: '2023-12-01' }).verdict;
  const claim = 'Pashinyan had announced no plans to demand the withdrawal of Russian troops from Armenia.';
  expect(check(`As of 14 November 2023 ${claim}`)).toBe('corroborated');
  expect(check(`As of May 2023 ${claim}`)).not.toBe('corroborated');
  expect(check(`As of February 2023 ${claim}`)).not.toBe('corroborated');
});

test("a statement about a whole year vouches for a state only by that year's end", () => {
  // The record has the unfilled deputy post "in 2023" (a source of February 2024) and on 14
  // November 2023 (a source of that day): the state may have begun in any month of 2023.
  const { engine } = realEngine();
  const check = (s: string) => engine.check(s, { pageDate: '2024-01-10' }).verdict;
  const claim = 'Armenia had chosen not to fill its quota for a CSTO Deputy Secretary General post';
  expect(check(`As of 14 November 2023 ${claim}.`)).toBe('corroborated');
  expect(check(`${claim} (as of December 2023).`)).toBe('corroborated');
  expect(check(`As of June 2023 ${claim}.`)).not.toBe('corroborated');
  expect(check(`${claim} (as of February 2023).`)).not.toBe('corroborated');
});
