import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
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

let server: Awaited<ReturnType<typeof serveFolder>>;
let offline: Awaited<ReturnType<typeof refuseInternet>>;
beforeAll(async () => {
  offline = await refuseInternet();
  server = await serveFolder(join(REPO_ROOT, 'demo'));
});
afterAll(async () => {
  await server?.close();
  await offline?.close();
});

describe.runIf(process.env.SCREENSHOTS === '1').each(BROWSERS)('$name', ({ name, launch }) => {
  for (const { language, verdict } of CASES.filter((c) => c.browser === name)) {
    describe(language, () => {
      let browser: TestBrowser;
      beforeAll(async () => {
        browser = await launch(undefined, { language });
      });
      afterAll(() => browser?.close());

      test('the card of a conflicting sentence', async () => {
        const panel = await openPanel(browser);
        const page = await browser.newPage();
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
    });
  }
});
