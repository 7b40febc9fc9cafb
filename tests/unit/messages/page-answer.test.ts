import { describe, expect, test } from 'vitest';
import { FIRST_LOOK_KEY, readFirstLook } from '../../../src/messages/first-look-answer';
import { parsePageAnswer } from '../../../src/messages/page-answer';
import type { PageClaims } from '../../../src/messages/page-contract';

// The popup and the sidebar render what a page's content script answers; the content script lives
// in a page that may be hostile, so its answer is rebuilt from what it may hold or refused.

const claims = { type: 'page-claims' } as const;
const goodEvidence = {
  statementId: 'azatutyun-2023-11/01',
  claimId: 'pashinyan-skips-minsk',
  url: 'https://www.azatutyun.am/a/32684000.html',
  outlet: 'Azatutyun',
  speaker: 'Nikol Pashinyan',
  speakerRole: 'Prime Minister of Armenia',
  date: '2023-11-14',
  datePrecision: 'day',
  quote: 'I will not attend.',
  kind: 'quote',
  stance: 'corroborates',
  reason: 'He said so.',
  highlights: [{ start: 2, end: 6 }],
  sentence: { before: '“', after: '” he said.' },
};
const good: PageClaims = {
  state: 'ready',
  pageDate: '2023-11-24',
  claims: [
    {
      index: 0,
      text: 'Pashinyan will not attend the CSTO summit.',
      result: {
        mentions: true,
        verdict: 'corroborated',
        reason: 'The record says the same.',
        evidence: [goodEvidence],
      },
    },
  ] as PageClaims['claims'],
  version: 3,
};

describe('the page’s answer is checked before the popup shows it', () => {
  test('a well-formed answer comes through as it is', () => {
    expect(parsePageAnswer(claims, structuredClone(good))).toEqual(good);
    expect(parsePageAnswer({ type: 'show-claim', index: 2 }, { ok: true, index: 2 })).toEqual({
      ok: true,
      index: 2,
    });
  });

  test('fields it does not expect are left behind', () => {
    const extra = { ...structuredClone(good), injected: '<img src=x onerror=alert(1)>' };
    expect(parsePageAnswer(claims, extra)).not.toHaveProperty('injected');
  });

  test.each([
    ['no claims list', { ...good, claims: undefined }, /claims must be a list/],
    ['an element read by name (serialises to {})', {}, /state|claims|pageDate/],
    ['an unknown state', { ...good, state: 'corroborated' }, /state must be one of/],
    [
      'an unknown verdict',
      { ...good, claims: [{ ...good.claims[0], result: { ...good.claims[0]?.result, verdict: 'true' } }] },
      /verdict/,
    ],
    [
      'a script address for a source link',
      {
        ...good,
        claims: [
          {
            ...good.claims[0],
            result: {
              ...good.claims[0]?.result,
              evidence: [{ ...goodEvidence, url: 'javascript:alert(1)' }],
            },
          },
        ],
      },
      /http or https/,
    ],
    [
      'a sentence of a megabyte',
      { ...good, claims: [{ ...good.claims[0], text: 'x'.repeat(1_000_000) }] },
      /at most/,
    ],
    [
      'the rest of a sentence that is not text',
      {
        ...good,
        claims: [
          {
            ...good.claims[0],
            result: { ...good.claims[0]?.result, evidence: [{ ...goodEvidence, sentence: { before: 1 } }] },
          },
        ],
      },
      /sentence before/,
    ],
    ['a fractional index', { ...good, claims: [{ ...good.claims[0], index: 0.5 }] }, /whole number/],
    ['a list too long to render', { ...good, claims: Array(20_000).fill(good.claims[0]) }, /at most/],
  ])('%s is refused with a reason', (_what, answer, reason) => {
    const parsed = parsePageAnswer(claims, answer);
    expect(parsed).toHaveProperty('error');
    expect((parsed as { error: string }).error).toMatch(reason);
  });

  test('no answer, or an error, says so', () => {
    expect(parsePageAnswer(claims, undefined)).toEqual({ error: 'no answer from the page' });
    expect(parsePageAnswer(claims, { error: 'no claims on this page (paused)' })).toEqual({
      error: 'no claims on this page (paused)',
    });
    expect(parsePageAnswer(claims, 'ready')).toHaveProperty('error');
  });
});

describe('reading the first look’s answer', () => {
  test('a property found only by name (an element with that id) is not taken for it', () => {
    const proto = Object.getPrototypeOf(globalThis) as Record<string, unknown>;
    Object.defineProperty(proto, FIRST_LOOK_KEY, { value: { tagName: 'DIV' }, configurable: true });
    try {
      expect(readFirstLook(FIRST_LOOK_KEY)).toBeNull();
      Object.defineProperty(globalThis, FIRST_LOOK_KEY, { value: good, configurable: true });
      expect(readFirstLook(FIRST_LOOK_KEY)).toEqual(good);
    } finally {
      delete proto[FIRST_LOOK_KEY];
      delete (globalThis as Record<string, unknown>)[FIRST_LOOK_KEY];
    }
  });
});
