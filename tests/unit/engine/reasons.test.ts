import { expect, test } from 'vitest';
import { reasonText } from '../../../src/i18n/reason-text';
import { realEngine } from './real-engine';

const check = (text: string, pageDate: string) => realEngine().engine.check(text, { pageDate });

// Reasons come as data (a kind and its parameters) for an interface in any language; the English
// words are one renderer's over the same data.
test('a conflict names its one difference as data', { timeout: 30_000 }, () => {
  const r = check(
    'Pashinyan told Lukashenko by phone on November 20 that he would skip the CSTO summit.',
    '2023-11-24',
  );
  expect(r.verdict).toBe('conflicting');
  expect(r.why).toMatchObject({
    kind: 'difference',
    difference: 'date',
    record: '2023-11-14',
    sentence: '11-20',
    claim: { id: 'pashinyan-told-lukashenko-by-phone-2023-11-14' },
  });
  expect(r.reason).toBe('The record dates it Nov 14, 2023; this sentence says Nov 20.');
  expect(r.evidence[0]?.why).toEqual(r.why);
});

test('time, agreement and silence are kinds too, and the English is the renderer’s', () => {
  const ended = check('Pashinyan has announced no plans to leave the CSTO.', '2024-07-01');
  expect(ended.why).toMatchObject({ kind: 'ended', until: '2024-06-12' });
  const same = check('Pashinyan did not attend the CSTO summit in Minsk.', '2023-11-24');
  expect(same.why).toMatchObject({ kind: 'same', claim: { id: 'pashinyan-skips-minsk-csto-summit-2023' } });
  expect(check('MacStories reviewed the iPhone.', '2024-01-01').why).toEqual({ kind: 'silent' });
  for (const r of [ended, same]) {
    expect(r.why && reasonText(r.why)).toBe(r.reason);
    for (const e of r.evidence) expect(e.why && reasonText(e.why)).toBe(e.reason);
  }
});

test('a claim that leaned but did not decide is only "on the same subject"', () => {
  const r = check(
    'Lavrov warned that Armenia could ruin its military ties with Russia if it leaves the CSTO.',
    '2023-11-24',
  );
  expect(r.verdict).toBe('related');
  expect(r.why?.kind).toBe('related');
  expect(r.reason).toMatch(/^On the same subject/);
});
