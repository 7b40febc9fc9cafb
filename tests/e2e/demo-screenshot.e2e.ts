import { join } from 'node:path';
import { afterAll, expect } from 'vitest';
import { REPO_ROOT, settledClaims, waitFor } from '../../src/browsers';
import { browserSuite, useOfflineServer } from './harness/fixtures';
import { DEMO_DIR } from './harness/server';
import { footprint } from './page-support';
import { SCREENSHOTS } from './popup-sidebar-shots';

// The README's "Try it" picture: the demo article that `npm start` opens, with its highlights and a
// card open on a claim the page's own date decides. Run on purpose:
//   SCREENSHOTS=1 RECEIPTS_OUT_DIR=.output-demo npx vitest run --config tests/e2e/vitest.config.ts tests/e2e/demo-screenshot.e2e.ts

const SHOT = join(REPO_ROOT, 'docs/screenshots/demo-chromium.png');
const CLAIM = 'Officially, Armenia has announced no plans to leave the CSTO.';

// A skipped file runs none of its hooks: without SCREENSHOTS=1, no server and no browser.
const server = useOfflineServer(DEMO_DIR);
const { test, close } = browserSuite('chromium');
afterAll(close);

test.runIf(SCREENSHOTS)('the demo article with highlights and an open card', async ({ panel, page }) => {
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
