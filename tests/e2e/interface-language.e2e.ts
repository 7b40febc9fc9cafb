import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BROWSERS, type TestBrowser, type TestPage, waitFor } from './harness/browsers';
import { type StaticServer, startServer } from './harness/server';
import { pageTabId } from './popup-sidebar-shots';

// The interface follows the browser's language (Debian's language packs, installed by .ci/run) or
// the reader's choice in the options page. Chromium has no Armenian interface, so Armenian is
// reached there through the options page only.

type Api = {
  tabs: { reload(id: number): Promise<void> };
  action?: { getTitle(details: { tabId: number }): Promise<string> };
  browserAction?: { getTitle(details: { tabId: number }): Promise<string> };
};

let server: StaticServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server?.close());

const CASES = [
  {
    browser: 'chromium',
    language: 'ru',
    heading: 'Язык интерфейса',
    claims: /^Receipts: \d+ утвержден(ие|ия|ий) на этой странице$/,
  },
  {
    browser: 'firefox',
    language: 'ru',
    heading: 'Язык интерфейса',
    claims: /^Receipts: \d+ утвержден(ие|ия|ий) на этой странице$/,
  },
  {
    browser: 'firefox',
    language: 'hy-AM',
    heading: 'Միջերեսի լեզուն',
    claims: /^Receipts\. այս էջում \d+ պնդում կա$/,
  },
] as const;

async function toolbarTitle(options: TestPage, tabId: number, pattern: RegExp): Promise<string> {
  let title = '';
  await waitFor(
    async () => {
      title = await options.evaluate(async (id) => {
        const b =
          (globalThis as unknown as { browser?: Api }).browser ??
          (globalThis as unknown as { chrome: Api }).chrome;
        return (b.action ?? b.browserAction)?.getTitle({ tabId: id }) ?? '';
      }, tabId);
      return pattern.test(title);
    },
    20_000,
    `a toolbar title like ${pattern}`,
  ).catch(() => {});
  return title;
}

describe.each(BROWSERS)('$name', ({ name, launch }) => {
  for (const { language, heading, claims } of CASES.filter((c) => c.browser === name)) {
    describe(`with the browser in ${language}`, () => {
      let browser: TestBrowser;
      beforeAll(async () => {
        browser = await launch(undefined, { language });
      });
      afterAll(() => browser?.close());

      test('the options page and the toolbar button speak it', async () => {
        const page = await browser.newPage();
        await page.goto(`${server.origin}/fixtures/ui-news.html`);
        const options = await browser.openExtensionPage('options.html');
        await waitFor(
          () => options.evaluate(() => document.querySelector('h2 label') !== null),
          10_000,
          'the options page',
        );
        expect(await options.evaluate(() => document.querySelector('h2 label')?.textContent)).toBe(heading);
        expect(await options.evaluate(() => document.documentElement.lang)).toBe(language.slice(0, 2));
        const tabId = await pageTabId(options);
        expect(await toolbarTitle(options, tabId, claims)).toMatch(claims);
      });
    });
  }

  test('the options page switches the interface to Armenian', async () => {
    const browser = await launch();
    try {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/fixtures/ui-news.html`);
      const options = await browser.openExtensionPage('options.html');
      await waitFor(
        () => options.evaluate(() => document.querySelector('#interface-language') !== null),
        10_000,
        'the choice',
      );
      const tabId = await pageTabId(options);
      expect(await toolbarTitle(options, tabId, /claims? on this page$/)).toMatch(
        /^Receipts: \d+ claims? on this page$/,
      );
      await options.evaluate(() => {
        const select = document.querySelector<HTMLSelectElement>('#interface-language');
        if (!select) return;
        select.value = 'hy';
        select.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await options.evaluate(async (id) => {
        const b =
          (globalThis as unknown as { browser?: Api }).browser ??
          (globalThis as unknown as { chrome: Api }).chrome;
        await b.tabs.reload(id);
      }, tabId);
      expect(await toolbarTitle(options, tabId, /պնդում/)).toMatch(/^Receipts\. այս էջում \d+ պնդում կա$/);
    } finally {
      await browser.close();
    }
  });
});
