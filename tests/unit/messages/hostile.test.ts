import { describe, expect, test } from 'vitest';
import { acceptMessage } from '../../../src/background/accept-message';
import { LIMITS, parseRequest } from '../../../src/messages/contract';
import { isPageRequestType, parsePageRequest } from '../../../src/messages/page-contract';
import type { Self, Sender } from '../../../src/messages/senders';
import { decodeHostile, hostileMessages } from '../../e2e/security/hostile-messages';
import { realEngine } from '../engine/real-engine';

// The background's front door: who may send, and what a message may hold. The same generated
// messages are sent to the real background in both browsers by tests/e2e/security-messages.e2e.ts.

const self: Self = { id: '{909fba87-c9c2-49bd-ab6c-e749834b8aa7}', origin: 'moz-extension://abc/' };
const popup: Sender = { id: self.id, url: 'moz-extension://abc/popup.html' };
const page: Sender = { id: self.id, url: 'https://news.example/a', tab: { id: 4 }, frameId: 0 };
const badges: [number, number][] = [];
const deps = {
  getEngine: () => realEngine().engine,
  setBadge: async (tabId: number, count: number) => void badges.push([tabId, count]),
};

describe('who may send what', () => {
  const search = { type: 'search', query: 'Pashinyan', filters: null, limit: 5 };

  test('extension pages may search the record; pages may not', async () => {
    expect(await acceptMessage(search, popup, self, deps)).not.toHaveProperty('error');
    expect(await acceptMessage(search, page, self, deps)).toEqual({
      error: 'search is not accepted from a page',
    });
  });

  test('the badge is set only by a page’s own content script, for its own tab', async () => {
    const status = { type: 'page-status', claimCount: 2, worst: 'related' };
    expect(await acceptMessage(status, popup, self, deps)).toHaveProperty('error');
    expect(await acceptMessage(status, page, self, deps)).toEqual({ ok: true });
    expect(badges).toEqual([[4, 2]]);
  });

  test('anyone else is refused: another extension, a subframe, no tab, a look-alike address', async () => {
    const check = { type: 'check', sentences: ['Pashinyan skipped Minsk.'], pageDate: null };
    for (const sender of [
      { ...popup, id: 'someone@else' },
      { url: popup.url },
      { ...page, frameId: 3 },
      { ...page, tab: undefined },
      { id: self.id, url: 'https://moz-extension.abc.example/', tab: { id: 1 } },
    ]) {
      expect(await acceptMessage(check, sender, self, deps)).toEqual({
        error: 'not accepted from this sender',
      });
    }
    expect(await acceptMessage(check, page, self, deps)).toHaveProperty('results');
  });
});

describe('what a message may hold', () => {
  test('sizes are capped before any work is done', () => {
    const started = performance.now();
    expect(
      parseRequest({ type: 'check', sentences: new Array(1_000_000).fill('Pashinyan'), pageDate: null }),
    ).toEqual({ error: `sentences must be a list of at most ${LIMITS.sentencesPerRequest}` });
    expect(parseRequest({ type: 'check', sentences: ['x'.repeat(10_000_000)], pageDate: null })).toEqual({
      error: `each sentence must be text of at most ${LIMITS.sentenceLength} characters`,
    });
    expect(parseRequest({ type: 'search', query: 'x'.repeat(10_000_000), limit: 5 })).toHaveProperty('error');
    expect(parseRequest({ type: 'page-status', claimCount: 2 ** 53, worst: null })).toHaveProperty('error');
    expect(performance.now() - started).toBeLessThan(500);
  });

  test('holes, impossible dates and wrong types are refused', () => {
    const holes = new Array(3);
    holes[1] = 'Pashinyan';
    expect(parseRequest({ type: 'check', sentences: holes, pageDate: null })).toHaveProperty('error');
    expect(parseRequest({ type: 'check', sentences: ['x'], pageDate: '2023-02-30' })).toHaveProperty('error');
    expect(parseRequest({ type: 'check', sentences: ['x'], pageDate: '2023-11-24' })).not.toHaveProperty(
      'error',
    );
    expect(parseRequest({ type: 'check', sentences: 'x', pageDate: null })).toHaveProperty('error');
    expect(parseRequest({ type: 'statement-detail', id: { toString: () => 'a/01' } })).toHaveProperty(
      'error',
    );
    expect(parseRequest(JSON.parse('{"type": "__proto__"}'))).toHaveProperty('error');
    expect(parseRequest(JSON.parse('{"__proto__": {"type": "search-facets"}}'))).toHaveProperty('error');
  });

  test('a thousand generated hostile messages: each answered with a reason or a bounded answer', async () => {
    const started = performance.now();
    let refused = 0;
    for (const encoded of hostileMessages(1_000)) {
      const message = decodeHostile(encoded);
      const answer = (await acceptMessage(message, popup, self, deps)) as { error?: unknown };
      if (typeof answer.error === 'string') refused++;
      const request = parseRequest(message);
      if (!('error' in request) && request.type === 'check')
        expect(request.sentences.length).toBeLessThanOrEqual(LIMITS.sentencesPerRequest);
    }
    // The rest are harmless variations: an extra field ignored, an optional one left out.
    expect(refused).toBeGreaterThan(700);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(30_000);
  });

  test('the largest check a message may ask for is answered in bounded time', async () => {
    const sentence = 'Pashinyan said Armenia would not attend the CSTO summit in Minsk. '
      .repeat(30)
      .slice(0, 2_000);
    const started = performance.now();
    const answer = (await acceptMessage(
      { type: 'check', sentences: new Array(LIMITS.sentencesPerRequest).fill(sentence), pageDate: null },
      popup,
      self,
      deps,
    )) as { results: unknown[] };
    expect(answer.results).toHaveLength(LIMITS.sentencesPerRequest);
    // About a second on a 2-core machine; the bound only catches work that grows without limit.
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});

test('the content script’s contract: the same hostile fields under its own types, refused or bounded', () => {
  const types = ['page-claims', 'show-claim', 'navigate-claim'];
  const fields = hostileMessages(1_000, 11).map(decodeHostile);
  fields.forEach((message, i) => {
    const base = typeof message === 'object' && message !== null && !Array.isArray(message) ? message : {};
    const fuzzed = { ...base, type: types[i % 3], index: message, direction: message };
    expect(isPageRequestType(fuzzed)).toBe(true);
    const request = parsePageRequest(fuzzed);
    if ('error' in request) return;
    if (request.type === 'show-claim') expect(Number.isInteger(request.index)).toBe(true);
    if (request.type === 'navigate-claim') expect(['next', 'previous']).toContain(request.direction);
  });
  for (const index of [-1, 1.5, Number.NaN, '0', null, [1]])
    expect(parsePageRequest({ type: 'show-claim', index })).toHaveProperty('error');
  expect(parsePageRequest({ type: 'navigate-claim', direction: { toString: () => 'next' } })).toHaveProperty(
    'error',
  );
});
