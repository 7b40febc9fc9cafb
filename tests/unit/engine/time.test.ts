import { expect, test } from 'vitest';
import { applyTime } from '../../../src/engine/time';
import type { Claim } from '../../../src/record/types';
import { realEngine } from './real-engine';

const claim = (holds: Claim['holds']): Claim => ({
  id: 'c',
  text: 'Armenia has announced no plans to leave the CSTO',
  supportingPhrasings: [],
  contradictingPhrasings: [],
  evidence: [],
  holds,
});

test('a claim that stopped holding conflicts after it ended, and is in flux just after', () => {
  const ended = claim({ until: '2024-06-12' });
  expect(applyTime('corroborates', ended, '2023-11-20')).toEqual({ stance: 'corroborates' });
  expect(applyTime('corroborates', ended, '2024-06-15')).toEqual({ stance: 'disputed', why: 'changing' });
  expect(applyTime('corroborates', ended, '2024-07-01')).toEqual({ stance: 'conflicts', why: 'ended' });
  // Denying a claim that no longer holds is not a conflict.
  expect(applyTime('conflicts', ended, '2024-06-12')).toEqual({ stance: 'related', why: 'ended' });
});

test('a claim the record has only from a later date decides nothing before it', () => {
  expect(applyTime('corroborates', claim({ from: '2024-06-12' }), '2023-11-01')).toEqual({
    stance: 'related',
    why: 'not-yet',
  });
  expect(applyTime('corroborates', claim({ from: '2024-06-12' }), '2024-06-12')).toEqual({
    stance: 'corroborates',
  });
});

test('the page date picks the state: no plans to leave in 2023, plans to leave in mid-2024', () => {
  const { engine } = realEngine();
  const sentence = 'Pashinyan has announced no plans to leave the CSTO.';
  expect(engine.check(sentence, { pageDate: '2023-11-20' }).verdict).toBe('corroborated');
  const later = engine.check(sentence, { pageDate: '2024-07-01' });
  expect(later.verdict).toBe('conflicting');
  expect(later.evidence[0]?.statementId).toMatch(/panarmenian/);
});

test('an "as of" date in the sentence overrides the page date', () => {
  const r = realEngine().engine.check(
    'As of mid-November 2023, Yerevan had not announced any plan to leave the CSTO.',
    {
      pageDate: '2024-09-01',
    },
  );
  expect(r.verdict).toBe('corroborated');
});
