import { expect } from 'vitest';
import { openPanel, type TestPage, waitFor } from '../../src/browsers';
import { describeBrowsers, useOfflineServer } from './harness/fixtures';

// Markup alone must not stop Receipts from checking what the reader sees. Named frames, ids and
// form names are named properties of window and document in every world, the content scripts'
// isolated world included, so a script that looks up `browser`, `chrome`, `document.body` or its
// own globals by name can be handed the page's element instead (fixtures/security-interference.html).

const server = useOfflineServer();

const TRICKS = [
  'frame-chrome',
  'frame-browser',
  'frame-runtime',
  'id-first-look',
  'frame-first-look',
  'img-body',
  'form-document-element',
  'embed-mutation-observer',
];
/** Each trick, then all of them at once. */
const TRIES = [...TRICKS, TRICKS.join(',')];

describeBrowsers(({ name, test }) => {
  const painted = (page: TestPage) =>
    page.evaluate(() => {
      let count = 0;
      (CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights.forEach((h) => {
        count += h.size;
      });
      return count;
    });

  // Each in a tab of its own: in Chromium the trick works on a tab's first page (a later page in the
  // same tab finds the extension API already made).
  test.for(TRIES)('%s: the claims are highlighted and counted', async (tricks, { browser }) => {
    const panel = await openPanel(browser);
    // Every claim painted, whatever its verdict: what is under test is that the page app runs at
    // all, not which verdicts are painted by default (quiet-page.e2e.ts tests that).
    await panel.setShowRelated(true);
    const page = await browser.newPage();
    await page.goto(`${server.origin}/fixtures/security-interference.html?tricks=${tricks}`);
    const tabId = await panel.tabId();
    let badge = '';
    await waitFor(
      async () => {
        badge = (await panel.badge(tabId)).text;
        return badge === '2' && (await painted(page)) >= 2;
      },
      10_000,
      `${name}: highlights and a badge despite ${tricks} (badge "${badge}")`,
    ).catch(async (error) => {
      console.log(`${name} ${tricks}: badge "${badge}", ${await painted(page)} painted`);
      throw error;
    });
    expect(badge).toBe('2');
    await page.close();
    await panel.page.close();
  });
});
