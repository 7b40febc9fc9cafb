import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { REPO_ROOT, settledClaims, type TestPage, waitFor } from '../../src/browsers';
import { browserSuite, useOfflineServer } from './harness/fixtures';
import { DEMO_DIR } from './harness/server';
import { typeSearch } from './harness/sidebar';
import { footprint } from './page-support';
import { SCREENSHOTS } from './popup-sidebar-shots';

// The store listings' screenshots, 1280×800 PNG (a size the Chrome Web Store and addons.mozilla.org
// accept), of the real built extension in headless Chromium on the demo article. Run on purpose:
//   SCREENSHOTS=1 RECEIPTS_OUT_DIR=.output-store npx vitest run --config tests/e2e/vitest.config.ts tests/e2e/store-screenshots.e2e.ts

const STORE = join(REPO_ROOT, 'docs/store');
const WORK = join(REPO_ROOT, '.output-store-shots');
const SIZE = { x: 0, y: 0, width: 1280, height: 800 };
const CLAIM = 'Officially, Armenia has announced no plans to leave the CSTO.';

// A skipped file runs none of its hooks: without SCREENSHOTS=1, no server, no browser, no folders.
const server = useOfflineServer(DEMO_DIR);
const { test, close } = browserSuite('chromium');
beforeAll(async () => {
  await mkdir(STORE, { recursive: true });
  await mkdir(WORK, { recursive: true });
});
afterAll(async () => {
  await close();
  await rm(WORK, { recursive: true, force: true });
});

const scrollToHeading = (page: TestPage, start: string) =>
  page.evaluate((wanted) => {
    const heading = [...document.querySelectorAll('h1, h2')].find((h) => h.textContent?.startsWith(wanted));
    window.scrollTo(0, (heading?.getBoundingClientRect().top ?? 0) + window.scrollY - 24);
  }, start);

const centreOf = (page: TestPage, text: string) =>
  page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const rect = range.getClientRects()[0];
      return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
    }
    return null;
  }, text);

/** The panel's own box, as a PNG data URL, for the composed picture. */
async function panelShot(page: TestPage, selector: string, name: string): Promise<string> {
  const clip = await page.evaluate((sel) => {
    const rect = document.querySelector(sel)?.getBoundingClientRect();
    return rect
      ? { x: 0, y: 0, width: Math.ceil(rect.right), height: Math.ceil(Math.min(rect.bottom, 720)) }
      : null;
  }, selector);
  if (!clip) throw new Error(`no ${selector} to shoot`);
  const path = join(WORK, `${name}.png`);
  await page.screenshot(path, clip);
  return `data:image/png;base64,${(await readFile(path)).toString('base64')}`;
}

test.runIf(SCREENSHOTS)('the store screenshots, 1280×800', async ({ browser, panel, page }) => {
  const url = `${server.origin}/article.html`;
  await page.goto(url);
  const tabId = await panel.tabId();
  const answer = await settledClaims(panel, tabId);
  expect(answer.claims.find((c) => c.text === CLAIM)?.result.verdict).toBe('conflicting');

  // 1: the article with its claims highlighted by verdict, nothing hovered.
  await page.mouseMove(2, 2);
  await new Promise((resolve) => setTimeout(resolve, 400));
  await page.screenshot(join(STORE, '1-highlights-1280x800.png'), SIZE);

  // 2: the card of a claim that held in 2023 and no longer by the page's date.
  await scrollToHeading(page, 'From a freeze');
  const point = await centreOf(page, 'Officially, Armenia');
  if (!point) throw new Error('claim not on screen');
  await page.mouseMove(point.x - 5, point.y);
  await page.mouseMove(point.x, point.y);
  await waitFor(async () => (await footprint(page)).card !== null, 5_000, 'the card');
  await new Promise((resolve) => setTimeout(resolve, 300));
  await page.screenshot(join(STORE, '2-card-1280x800.png'), SIZE);

  // 3: the popup of the page and the sidebar's search, side by side.
  const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}&url=${encodeURIComponent(url)}`);
  await waitFor(
    () => popup.evaluate(() => document.querySelectorAll('li.claim').length > 0),
    15_000,
    'the claims in the popup',
  );
  const popupPng = await panelShot(popup, '.popup', 'popup');
  const sidebar = await browser.openExtensionPage(`sidepanel.html?tab=${tabId}`);
  await typeSearch(sidebar, 'leave the CSTO');
  await sidebar.evaluate(() => {
    // As wide as the browsers' own sidebars, not the tab it was opened in.
    document.body.style.width = '420px';
  });
  await waitFor(
    () => sidebar.evaluate(() => document.querySelectorAll('article.statement').length > 1),
    15_000,
    'results in the sidebar',
  );
  const sidebarPng = await panelShot(sidebar, '.sidebar', 'sidebar');
  const board = await browser.newPage();
  await board.goto(`${server.origin}/article.html`);
  await board.evaluate(
    ([left, right]) => {
      document.documentElement.innerHTML = '';
      const body = document.body ?? document.documentElement.appendChild(document.createElement('body'));
      body.style.cssText =
        'margin:0;width:1280px;height:800px;background:#e8ecf1;display:flex;gap:48px;align-items:flex-start;justify-content:center;padding-top:40px;box-sizing:border-box;font:600 18px system-ui,sans-serif;color:#243040';
      for (const [src, caption] of [left, right] as [string, string][]) {
        const figure = body.appendChild(document.createElement('figure'));
        figure.style.cssText = 'margin:0;display:flex;flex-direction:column;gap:12px;align-items:center';
        const img = figure.appendChild(document.createElement('img'));
        img.src = src;
        img.style.cssText =
          'max-height:680px;max-width:560px;box-shadow:0 4px 18px rgba(0,0,0,.18);background:#fff';
        figure.appendChild(document.createElement('figcaption')).textContent = caption;
      }
    },
    [
      [popupPng, 'The popup: this page’s claims by verdict'],
      [sidebarPng, 'The sidebar: search the whole record'],
    ] as [[string, string], [string, string]],
  );
  await new Promise((resolve) => setTimeout(resolve, 300));
  await board.screenshot(join(STORE, '3-popup-sidebar-1280x800.png'), SIZE);
});
