import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BROWSERS, type ConsoleEntry, type TestBrowser, type TestPage, waitFor } from './harness/browsers';
import { REAL_WORLD_DIR } from './harness/server';
import { openPanel, type Panel, pointAt, settledClaims, sleep, useOfflineServer } from './page-support';

// Issue 14: Receipts must log nothing to a page's console, no error and no warning: not on the 130
// saved real pages (which have nothing to find), not on the claim pages (built from real markup,
// with highlights and a card opened). The pages' own requests to other hosts are refused, so the
// pages log plenty of their own; only what comes from the extension counts: a message whose script
// or resource is the extension's (chrome-extension://, moz-extension://), or one of our own
// "[Receipts]" warnings, or an uncaught error whose stack passes through our scripts.
//
// One page and one browser session per browser for all the pages, and a short wait on each: what
// the first look does on a page with nothing to find is over within a few milliseconds of load.

const server = useOfflineServer();
const REAL_PAGES = readdirSync(REAL_WORLD_DIR).filter((f) => f.endsWith('.html'));
const CLAIM_PAGES = ['claims-guardian.html', 'claims-telegraph.html', 'claims-yahoo.html', 'page-demo.html'];
const QUIET_MS = 150;

// Chromium reports a page's request for another extension's file as a failed load of
// chrome-extension://invalid/ (wikipedia-4.html links two stylesheets of an extension its author had
// installed): that one is ours only where the page itself names no extension URL.
const EXTENSION_URL = /^(chrome|moz)-extension:\/\//;
const INVALID = 'chrome-extension://invalid/';

describe.each(BROWSERS)('$name', ({ launch }) => {
  let browser: TestBrowser;
  let panel: Panel;
  let page: TestPage;
  let origin = '';
  let onPage: ConsoleEntry[] = [];
  let seen = 0;
  beforeAll(async () => {
    browser = await launch();
    panel = await openPanel(browser);
    origin = await panel.page.evaluate(() => {
      type Api = { runtime: { getURL: (path: string) => string } };
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      return (g.browser ?? g.chrome)?.runtime.getURL('/') ?? '';
    });
    page = await browser.newPage();
    page.onConsole((entry) => {
      seen++;
      onPage.push(entry);
    });
  });
  afterAll(() => browser?.close());

  /** What the page logged since the last call that came from Receipts. */
  const ours = async (file: string): Promise<string[]> => {
    const entries = onPage;
    onPage = [];
    const namesExtensions = await page
      .evaluate(() =>
        [...document.querySelectorAll('[href], [src]')].some((e) =>
          /^(chrome|moz)-extension:/.test(e.getAttribute('href') ?? e.getAttribute('src') ?? ''),
        ),
      )
      .catch(() => false);
    return entries
      .filter(
        (e) =>
          e.url.startsWith(origin) ||
          e.text.includes(origin) ||
          e.text.includes('[Receipts]') ||
          (e.url === INVALID && !namesExtensions) ||
          (EXTENSION_URL.test(e.url) && e.url !== INVALID && !namesExtensions),
      )
      .map((e) => `${file}: ${e.type}: ${e.text} (${e.url})`);
  };

  test(`${REAL_PAGES.length} real pages: nothing from Receipts in the console`, {
    timeout: 600_000,
  }, async () => {
    expect(origin).toMatch(EXTENSION_URL);
    const found: string[] = [];
    for (const file of REAL_PAGES) {
      await page.goto(`${server.origin}/real-world/${file}`).catch(() => {});
      await sleep(QUIET_MS);
      found.push(...(await ours(file)));
    }
    console.log(
      `${browser.name}: ${REAL_PAGES.length} real pages, ${seen} console messages, ${found.length} from Receipts`,
    );
    expect(seen).toBeGreaterThan(0);
    expect(found).toEqual([]);
  });

  test('claim pages, with highlights and a card: nothing from Receipts in the console', async () => {
    const found: string[] = [];
    for (const file of CLAIM_PAGES) {
      await page.goto(`${server.origin}/fixtures/${file}`);
      const tabId = await panel.tabId();
      const answer = await settledClaims(panel, tabId);
      expect(answer.claims.length).toBeGreaterThan(0);
      // A card opened by hovering the first claim's first words, as a reader would, then one from
      // the popup's list.
      const first = answer.claims[0]?.text ?? '';
      const point = await pointAt(page, first.split(' ').slice(0, 2).join(' '));
      if (point) {
        await page.mouseMove(point.x - 5, point.y);
        await page.mouseMove(point.x, point.y);
        await waitFor(
          async () => (await page.inCard((root) => root.querySelector('.card') !== null)) === true,
          5_000,
          `a card on ${file}`,
        ).catch(() => {});
      }
      await panel.toPage(tabId, { type: 'show-claim', index: 0 });
      await sleep(500);
      found.push(...(await ours(file)));
    }
    expect(found).toEqual([]);
  });
});
