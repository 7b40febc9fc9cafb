import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BROWSERS, type TestBrowser, waitFor } from './harness/browsers';
import { type StaticServer, startServer } from './harness/server';

let server: StaticServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());


describe.each(BROWSERS)('$name', ({ launch }) => {
  let browser: TestBrowser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  test('the content script finds the trigger names and sets the badge', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/fixtures/foundation.html`);
    const panel = await browser.openExtensionPage('popup.html');
    const badgeOf = (url: string) =>
      panel.evaluate(async (pageUrl) => {
        const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
        const [tab] = await api.tabs.query({ url: pageUrl });
        const action = api.action ?? (api as unknown as { browserAction: typeof chrome.action }).browserAction;
        return tab?.id === undefined ? null : action.getBadgeText({ tabId: tab.id });
      }, url);
    const url = `${server.origin}/fixtures/foundation.html`;
    await waitFor(async () => /^[1-9]\d*$/.test((await badgeOf(url)) ?? ''), 15_000, 'a claim count on the badge');
    const quiet = `${server.origin}/fixtures/no-mentions.html`;
    await page.goto(quiet);
    expect(await badgeOf(quiet)).toBe('');
    await page.close();
    await panel.close();
  });

  test('the background answers a typed lookup over the record', async () => {
    const panel = await browser.openExtensionPage('popup.html');
    const answer = await panel.evaluate(async () => {
      const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
      return api.runtime.sendMessage({
        type: 'check',
        sentences: ['Pashinyan declined to attend the CSTO summit in Minsk.', 'Bananas are yellow.'],
        pageDate: '2023-11-15',
      });
    });
    expect(answer.results).toHaveLength(2);
    expect(answer.results[0].mentions).toBe(true);
    expect(answer.results[0].evidence.length).toBeGreaterThan(0);
    expect(answer.results[1]).toMatchObject({ mentions: false, verdict: 'none' });
    const refused = await panel.evaluate(async () => {
      const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
      return api.runtime.sendMessage({ type: 'check', sentences: 'not a list', pageDate: null });
    });
    expect(refused.error).toMatch(/sentences must be a list/);
    await panel.close();
  });

  test.each(['popup.html', 'sidepanel.html'])('%s renders from the record', async (path) => {
    const panel = await browser.openExtensionPage(path);
    await waitFor(
      () => panel.evaluate(() => /holds \d+ statements/.test(document.body.textContent ?? '')),
      15_000,
      'the record summary',
    );
    const outlets = await panel.evaluate(() => [...document.querySelectorAll('.sources li')].length);
    expect(outlets).toBe(5);
    await panel.close();
  });
});
