import { join } from 'node:path';
import { expect } from 'vitest';
import { REPO_ROOT, settledClaims, waitFor } from '../../src/browsers';
import { describeBrowserVariants, useOfflineServer } from './harness/fixtures';
import { DEMO_DIR } from './harness/server';
import { footprint, pointAt } from './page-support';
import { shootPanel } from './popup-sidebar-shots';

// The README's pictures of the card and the sidebar in Russian and Armenian: the browser's own interface language
// (Chromium has no Armenian one, so Armenian is shot in Firefox). Run on purpose:
//   SCREENSHOTS=1 npx vitest run --config tests/e2e/vitest.config.ts tests/e2e/language-screenshots.e2e.ts

const SHOTS = join(REPO_ROOT, 'docs/screenshots');
const CASES = [
  { browser: 'chromium', language: 'ru', verdict: 'Противоречит' },
  { browser: 'firefox', language: 'hy-AM', verdict: 'Հակասում է' },
] as const;

const server = useOfflineServer(DEMO_DIR);

describeBrowserVariants(
  {
    each: (name) => CASES.filter((c) => c.browser === name),
    title: '$language',
    launch: ({ language }) => ({ language }),
    runIf: process.env.SCREENSHOTS === '1',
  },
  ({ name, test }, { language, verdict }) => {
    test('the card of a conflicting sentence', async ({ browser, panel, page }) => {
      await page.goto(`${server.origin}/article.html`);
      await settledClaims(panel, await panel.tabId());
      const point = await pointAt(page, 'Armenia has formally withdrawn');
      if (!point) throw new Error('claim not on screen');
      await page.mouseMove(point.x, point.y);
      await waitFor(async () => (await footprint(page)).card !== null, 5_000, 'the card');
      expect((await footprint(page)).card?.text).toContain(verdict);
      await new Promise((resolve) => setTimeout(resolve, 300));
      await page.screenshot(join(SHOTS, `card-${language.slice(0, 2)}-${name}.png`));

      // The sidebar beside it, after a search with a name in another spelling.
      const sidebar = await browser.openExtensionPage(`sidepanel.html?tab=${await panel.tabId()}`);
      await waitFor(
        () => sidebar.evaluate(() => document.querySelector('input[type=search]') !== null),
        10_000,
        'the sidebar',
      );
      await sidebar.evaluate(() => {
        document.body.style.width = '25rem';
        const box = document.querySelector<HTMLInputElement>('input[type=search]');
        if (!box) return;
        box.value = 'Pashinian Minsk';
        box.dispatchEvent(new Event('input', { bubbles: true }));
      });
      await waitFor(
        () => sidebar.evaluate(() => document.querySelector('.record-claim') !== null),
        10_000,
        'the search results',
      );
      await shootPanel(sidebar, '.sidebar', `sidebar-${language.slice(0, 2)}-${name}`);
    });
  },
);
