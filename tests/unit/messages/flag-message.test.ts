import { describe, expect, test } from 'vitest';
import { acceptMessage } from '../../../src/background/accept-message';
import { flagFrom } from '../../../src/background/flag-verdict';
import type { Flag } from '../../../src/flags/flag';
import { flagRequest } from '../../../src/flags/flag-request';
import { parseRequest } from '../../../src/messages/contract';
import type { Self, Sender } from '../../../src/messages/senders';
import { realEngine } from '../engine/real-engine';

// The 'flag' message: what the reader said is all a page may send. The verdict and evidence kept
// are the engine's own, and the page's address is the sender's, only when the reader ticked the box.

const self: Self = { id: 'receipts@test', origin: 'moz-extension://abc/' };
const sidebar: Sender = { id: self.id, url: 'moz-extension://abc/sidepanel.html' };
const page: Sender = {
  id: self.id,
  url: 'https://news.example/a?id=1#comments',
  tab: { id: 4 },
  frameId: 0,
};
const SENTENCE = 'Armenia has formally withdrawn from the CSTO.';
const valid = {
  type: 'flag',
  sentence: SENTENCE,
  pageDate: '2024-12-06',
  complaints: ['verdict', 'date'],
  note: 'It froze its membership.',
  includeAddress: false,
};

function background() {
  const kept: Flag[] = [];
  const asked: number[] = [];
  const deps = {
    getEngine: () => realEngine().engine,
    setBadge: async () => {},
    keepFlag: async (flag: Flag) => void kept.push(flag),
    tabAddress: async (tabId: number) => {
      asked.push(tabId);
      return 'https://news.example/from-the-tab';
    },
    now: () => new Date('2026-12-02T10:00:00.000Z'),
  };
  return { kept, asked, deps };
}

describe('what a flag message may hold', () => {
  test('a well-formed flag is taken as it is', () => {
    expect(parseRequest(valid)).toEqual(valid);
    expect(parseRequest({ ...valid, note: undefined, tabId: 7 })).toMatchObject({ tabId: 7 });
  });

  test.each([
    [{ complaints: [] }, 'complaints must name at least one of verdict, quote, date, speaker'],
    [{ complaints: ['verdict', 'shouting'] }, 'complaints may name only verdict, quote, date, speaker'],
    [{ complaints: ['date', 'date'] }, 'complaints must not repeat'],
    [{ complaints: 'verdict' }, 'complaints must be a list'],
    [{ sentence: '   ' }, 'sentence must not be empty'],
    [{ sentence: 'x'.repeat(2001) }, 'sentence must be text of at most 2000 characters'],
    [{ note: 'x'.repeat(2001) }, 'note must be text of at most 2000 characters'],
    [{ pageDate: '2024-02-31' }, 'pageDate must be YYYY-MM-DD or null'],
    [{ includeAddress: 'yes' }, 'includeAddress must be true or false'],
    [{ includeAddress: undefined }, 'missing includeAddress'],
    [{ tabId: -1 }, 'tabId must be a tab id'],
    // The page may not say what it showed: the background checks the sentence itself.
    [{ verdict: 'corroborated' }, 'unknown field "verdict"'],
    [{ pageUrl: 'https://elsewhere.example/' }, 'unknown field "pageUrl"'],
  ])('%o is refused', (change, error) => {
    expect(parseRequest({ ...valid, ...change })).toEqual({ error });
  });

  test('the form’s message leaves out an empty note and keeps the complaints in their order', () => {
    const report = { complaints: ['speaker', 'verdict'] as const, note: '  ', includeAddress: true };
    expect(flagRequest(SENTENCE, null, { ...report, complaints: [...report.complaints] })).toEqual({
      type: 'flag',
      sentence: SENTENCE,
      pageDate: null,
      complaints: ['verdict', 'speaker'],
      includeAddress: true,
    });
  });
});

describe('what the background keeps', () => {
  test('the verdict and evidence are the engine’s, and no address unless the box was ticked', async () => {
    const { kept, asked, deps } = background();
    expect(await acceptMessage(valid, page, self, deps)).toEqual({ ok: true });
    const expected = realEngine().engine.check(SENTENCE, { pageDate: '2024-12-06' });
    expect(expected.verdict).toBe('conflicting');
    const [flag] = kept;
    expect(flag).toMatchObject({
      sentence: SENTENCE,
      complaints: ['verdict', 'date'],
      note: 'It froze its membership.',
      verdict: expected.verdict,
      pageDate: '2024-12-06',
      flaggedAt: '2026-12-02T10:00:00.000Z',
    });
    expect(flag).not.toHaveProperty('pageUrl');
    expect(flag?.evidence.length).toBeGreaterThan(0);
    const ids = new Set(expected.evidence.map((e) => e.statementId));
    for (const e of flag?.evidence ?? []) expect(ids.has(e.statementId)).toBe(true);
    expect(asked).toEqual([]);
  });

  test('a ticked box keeps the sender’s address (without its fragment), never one the message names', async () => {
    const { kept, deps } = background();
    await acceptMessage({ ...valid, includeAddress: true, tabId: 99 }, page, self, deps);
    expect(kept[0]?.pageUrl).toBe('https://news.example/a?id=1');
  });

  test('from the sidebar, the address is the named tab’s, asked of the browser, and only when ticked', async () => {
    const { kept, asked, deps } = background();
    await acceptMessage({ ...valid, tabId: 12 }, sidebar, self, deps);
    await acceptMessage({ ...valid, includeAddress: true, tabId: 12 }, sidebar, self, deps);
    expect(asked).toEqual([12]);
    expect(kept.map((f) => f.pageUrl)).toEqual([undefined, 'https://news.example/from-the-tab']);
  });

  test('a page that is not http(s) leaves no address', async () => {
    const { kept, deps } = background();
    await acceptMessage(
      { ...valid, includeAddress: true },
      { ...page, url: 'file:///home/me/a.html' },
      self,
      deps,
    );
    expect(kept[0]).not.toHaveProperty('pageUrl');
  });

  test('a subframe, another extension or a malformed flag keeps nothing', async () => {
    const { kept, deps } = background();
    expect(await acceptMessage(valid, { ...page, frameId: 2 }, self, deps)).toHaveProperty('error');
    expect(await acceptMessage(valid, { ...sidebar, id: 'other' }, self, deps)).toHaveProperty('error');
    expect(await acceptMessage({ ...valid, complaints: [] }, page, self, deps)).toHaveProperty('error');
    expect(kept).toEqual([]);
  });
});

describe('the flag the background builds', () => {
  test('evidence in view, in the card’s order, at most three, and a quote too long for a flag is cut', () => {
    const piece = (n: number, stance: 'corroborates' | 'conflicts' | 'related', quote = `Quote ${n}`) => ({
      statementId: `s/${n}`,
      claimId: 'c1',
      url: 'https://outlet.example/',
      outlet: 'Outlet',
      speaker: 'Speaker',
      date: '2024-01-01',
      datePrecision: 'day' as const,
      quote,
      kind: 'quote' as const,
      stance,
      reason: '',
    });
    const result = {
      mentions: true,
      verdict: 'conflicting' as const,
      reason: '',
      evidence: [
        piece(1, 'related'),
        piece(2, 'corroborates'),
        piece(3, 'conflicts', 'x'.repeat(5000)),
        piece(4, 'related'),
      ],
    };
    const request = {
      type: 'flag' as const,
      sentence: SENTENCE,
      pageDate: null,
      complaints: ['quote' as const],
      includeAddress: false,
    };
    const flag = flagFrom(request, result, undefined, new Date('2026-12-02T00:00:00Z'));
    expect(flag.evidence.map((e) => e.statementId)).toEqual(['s/3', 's/2', 's/1']);
    expect(flag.evidence[0]?.quote).toHaveLength(2000);
    expect(flag.evidence[0]?.quote.endsWith('…')).toBe(true);
  });
});
