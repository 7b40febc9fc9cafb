import { expect } from 'vitest';
import { type ConsoleEntry, settledClaims, type TestPage, waitFor } from '../../src/browsers';
import { describeBrowsers, useOfflineServer } from './harness/fixtures';
import { consoleFromReceipts, extensionOrigin, pointAt, sleep } from './page-support';

// Issue 14: Receipts must log nothing to a page's console, no error and no warning: not on the
// claim pages (built from real markup, with highlights and a card opened), here, and not on the 130
// saved real pages (which have nothing to find), checked as tests/e2e/page-real-world.e2e.ts visits them. The pages' own requests to other hosts are refused, so the
// pages log plenty of their own; only what comes from the extension counts: a message whose script
// or resource is the extension's (chrome-extension://, moz-extension://), or one of our own
// "[Receipts]" warnings, or an uncaught error whose stack passes through our scripts.

const server = useOfflineServer();
const CLAIM_PAGES = ['claims-guardian.html', 'claims-telegraph.html', 'claims-yahoo.html', 'page-demo.html'];

describeBrowsers(({ test }) => {
  let origin = '';
  let onPage: ConsoleEntry[] = [];
  let seen = 0;
  test.beforeAll(async ({ panel, page }) => {
    origin = await extensionOrigin(panel);
    page.onConsole((entry) => {
      seen++;
      onPage.push(entry);
    });
  });

  /** What the page logged since the last call that came from Receipts. */
  const ours = (page: TestPage, file: string): Promise<string[]> => {
    const entries = onPage;
    onPage = [];
    return consoleFromReceipts(page, origin, entries, file);
  };

  test('claim pages, with highlights and a card: nothing from Receipts in the console', async ({
    panel,
    page,
  }) => {
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
      found.push(...(await ours(page, file)));
    }
    expect(origin).toMatch(/^(chrome|moz)-extension:\/\//);
    expect(seen).toBeGreaterThan(0);
    expect(found).toEqual([]);
  });
});
