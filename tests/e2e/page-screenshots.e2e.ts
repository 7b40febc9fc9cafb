import { join } from 'node:path';
import { expect } from 'vitest';
import { openPanel, REPO_ROOT, settledClaims, waitFor } from '../../src/browsers';
import { describeBrowsers, useOfflineServer } from './harness/fixtures';
import { footprint, pointAt } from './page-support';

// The README's pictures of a highlighted page and an open card, in each browser. Run on purpose:
//   SCREENSHOTS=1 RECEIPTS_OUT_DIR=.output-page npx vitest run --config tests/e2e/vitest.config.ts tests/e2e/page-screenshots.e2e.ts

const SHOTS = join(REPO_ROOT, 'docs/screenshots');

const server = useOfflineServer();

describeBrowsers({ runIf: process.env.SCREENSHOTS === '1' }, ({ name, test }) => {
  test('a highlighted page and an open card', async ({ browser }) => {
    const panel = await openPanel(browser);
    const page = await browser.newPage();
    await page.goto(`${server.origin}/fixtures/page-demo.html`);
    const answer = await settledClaims(panel, await panel.tabId());
    expect(answer.claims.length).toBeGreaterThan(0);
    const point = await pointAt(page, 'The Kremlin said it regrets');
    await page.evaluate(() => window.scrollTo(0, 0));
    if (!point) throw new Error('claim not on screen');
    // Park the pointer in the margin so nothing is hovered in the first picture.
    await page.mouseMove(2, 2);
    await new Promise((resolve) => setTimeout(resolve, 400));
    await page.screenshot(join(SHOTS, `page-${name}.png`));
    await page.mouseMove(point.x, point.y);
    await waitFor(async () => (await footprint(page)).card !== null, 5_000, 'the card');
    await new Promise((resolve) => setTimeout(resolve, 300));
    await page.screenshot(join(SHOTS, `card-${name}.png`));
  });

  test('a dark page: lighter lines, and the open conflict stays red', async ({ browser }) => {
    const panel = await openPanel(browser);
    const page = await browser.newPage();
    await page.goto(`${server.origin}/fixtures/reading-dark.html`);
    await settledClaims(panel, await panel.tabId());
    const point = await pointAt(page, 'Armenia has formally withdrawn');
    if (!point) throw new Error('claim not on screen');
    await page.mouseMove(point.x, point.y);
    await waitFor(async () => (await footprint(page)).card !== null, 5_000, 'the card');
    await new Promise((resolve) => setTimeout(resolve, 300));
    await page.screenshot(join(SHOTS, `dark-page-${name}.png`), { x: 0, y: 0, width: 1280, height: 640 });
  });
});
