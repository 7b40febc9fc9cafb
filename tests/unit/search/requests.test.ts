import { describe, expect, test } from 'vitest';
import { handleMessage } from '../../../src/background/handle-message';
import type { Engine } from '../../../src/engine';
import { parseRequest } from '../../../src/messages/contract';
import { FIXTURE } from './fixture';

// The search messages cross from the sidebar (or a page, for open-sidebar) to the background:
// each is parsed, bounded and refused with a reason when malformed.

describe('parsing the search messages', () => {
  test('search: query bounded, filters checked, limit within range', () => {
    expect(parseRequest({ type: 'search', query: 'Pashinian', filters: null, limit: 20 })).toEqual({
      type: 'search',
      query: 'Pashinian',
      filters: { speaker: null, outlet: null, stance: null, from: null, to: null },
      limit: 20,
    });
    expect(parseRequest({ type: 'search', query: 'x'.repeat(501), filters: null, limit: 20 })).toMatchObject({
      error: expect.stringMatching(/at most 500/),
    });
    expect(parseRequest({ type: 'search', query: 'x', filters: null, limit: 10_000 })).toHaveProperty(
      'error',
    );
    expect(
      parseRequest({ type: 'search', query: 'x', filters: { stance: 'maybe' }, limit: 5 }),
    ).toMatchObject({
      error: expect.stringMatching(/stance/),
    });
    expect(
      parseRequest({ type: 'search', query: 'x', filters: { from: '14/11/2023' }, limit: 5 }),
    ).toMatchObject({
      error: expect.stringMatching(/from must be YYYY-MM-DD/),
    });
    expect(
      parseRequest({ type: 'search', query: 'x', filters: { speaker: 'x'.repeat(201) }, limit: 5 }),
    ).toHaveProperty('error');
  });

  test('timeline, statement-detail, search-facets, open-sidebar', () => {
    expect(parseRequest({ type: 'timeline', query: '', filters: { speaker: 'peskov' } })).toMatchObject({
      type: 'timeline',
      filters: { speaker: 'peskov' },
    });
    expect(parseRequest({ type: 'statement-detail', id: 42 })).toHaveProperty('error');
    expect(parseRequest({ type: 'search-facets' })).toEqual({ type: 'search-facets' });
    expect(parseRequest({ type: 'open-sidebar', query: 'Pashinian skipped Minsk' })).toEqual({
      type: 'open-sidebar',
      query: 'Pashinian skipped Minsk',
    });
    expect(parseRequest({ type: 'open-sidebar', query: 'x'.repeat(2001) })).toHaveProperty('error');
  });
});

describe('the background answers them from the record', () => {
  const deps = {
    getEngine: () => ({ record: FIXTURE }) as unknown as Engine,
    setBadge: async () => {},
  };

  test('search and detail', async () => {
    const answer = await handleMessage(
      { type: 'search', query: 'ОДКБ', filters: null, limit: 5 },
      undefined,
      deps,
    );
    expect(answer).toMatchObject({
      match: 'all',
      names: [{ name: 'Collective Security Treaty Organization (CSTO)' }],
    });
    expect(await handleMessage({ type: 'statement-detail', id: 'a/03' }, undefined, deps)).toMatchObject({
      context: { quote: 'Such meetings are useful,' },
    });
    expect(await handleMessage({ type: 'statement-detail', id: 'zzz' }, undefined, deps)).toEqual({
      error: 'no such statement in the record',
    });
  });

  test('open-sidebar goes to the sidebar opener with the sender’s tab', async () => {
    const calls: [string, number | undefined][] = [];
    const openSidebar = async (query: string, tabId: number | undefined) => {
      calls.push([query, tabId]);
      return { opened: true };
    };
    expect(
      await handleMessage({ type: 'open-sidebar', query: 'Peskov' }, 7, { ...deps, openSidebar }),
    ).toEqual({
      opened: true,
    });
    expect(calls).toEqual([['Peskov', 7]]);
    expect(await handleMessage({ type: 'open-sidebar', query: 'Peskov' }, 7, deps)).toHaveProperty('error');
  });
});
