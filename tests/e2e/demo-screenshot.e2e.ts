import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  BROWSERS,
  openPanel,
  REPO_ROOT,
  refuseInternet,
  settledClaims,
  type TestBrowser,
  waitFor,
} from '../../src/browsers';
import { serveFolder } from '../../src/cli/serve-folder';
import { footprint } from './page-support';

// The README's "Try it" picture: the demo article that `npm start` opens, with its highlights and a
// card open on a claim the page's own date decides. Run on purpose:
//   SCREENSHOTS=1 RECEIPTS_OUT_DIR=.output-demo npx vitest run --config tests/e2e/vitest.config.ts tests/e2e/demo-screenshot.e2e.ts

const SHOT = join(REPO_ROOT, 'docs/screenshots/demo-chromium.png');
const CLAIM = 'Officially, Armenia has announced no plans to leave the CSTO.';

let browser: TestBrowser;
let server: Awaited<ReturnType<typeof serveFolder>>;
let offline: Awaited<ReturnType<typeof refuseInternet>>;

beforeAll(async () => {
  if (process.env.SCREENSHOTS !== '1') return;
  offline = await refuseInternet();
  server = await serveFolder(join(REPO_ROOT, 'demo'));
  const chromium = BROWSERS.find((b) => b.name === 'chromium');
  if (!chromium) throw new Error('no Chromium launcher');
  browser = await chromium.launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await offline?.close();
});

test.runIf(process.env.SCREENSHOTS === '1')('the demo article with highlights and an open card', async () => {
  const panel = await openPanel(browser);
  const page = await browser.newPage();
  await page.goto(`${server.origin}/article.html`);
  const answer = await settledClaims(panel, await panel.tabId());
  expect(answer.claims.find((c) => c.text === CLAIM)?.result.verdict).toBe('conflicting');
  // The section from its heading down: the freeze, the June speech and the claim, with Moscow's
  // reaction and the Russian paragraph below it.
  await page.evaluate(() => {
    const heading = [...document.querySelectorAll('h2')].find((h) =>
      h.textContent?.startsWith('From a freeze'),
    );
    window.scrollTo(0, (heading?.getBoundingClientRect().top ?? 0) + window.scrollY - 24);
  });
  const point = await page.evaluate((wanted) => {
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
  }, 'Officially, Armenia');
  if (!point) throw new Error('claim not on screen');
  await page.mouseMove(point.x - 5, point.y);
  await page.mouseMove(point.x, point.y);
  await waitFor(async () => (await footprint(page)).card !== null, 5_000, 'the card');
  // It held in 2023 and no longer by the article's date: Outdated, not Conflicting (issue 15).
  expect((await footprint(page)).card?.label).toBe('Receipts: Outdated');
  await new Promise((resolve) => setTimeout(resolve, 300));
  await page.screenshot(SHOT);
});
