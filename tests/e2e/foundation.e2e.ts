import { expect } from 'vitest';
import { waitFor } from '../../src/browsers';
import { describeBrowsers, useServer } from './harness/fixtures';

// The extension's parts talking to each other in a real browser: content script to background
// (badge), extension pages to background (checks and searches), extension pages rendering the record.

const server = useServer({ offline: false });

describeBrowsers(({ test }) => {
  test('the content script finds the claims and the badge counts them; a page without any has none', async ({
    browser,
    panel,
  }) => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/fixtures/foundation.html`);
    const withClaims = await panel.tabId();
    await waitFor(
      async () => /^[1-9]\d*$/.test((await panel.badge(withClaims)).text),
      15_000,
      'a claim count',
    );

    const quiet = await browser.newPage();
    await quiet.goto(`${server.origin}/fixtures/no-mentions.html`);
    expect((await panel.badge(await panel.tabId())).text).toBe('');
    await page.close();
    await quiet.close();
  });

  test('the background answers a typed check and refuses a malformed one', async ({ panel }) => {
    const answer = await panel.check('Pashinyan declined to attend the CSTO summit in Minsk.', '2023-11-15');
    expect(answer.verdict).toBe('corroborated');
    expect(answer.evidence.length).toBeGreaterThan(0);
    expect(await panel.check('Bananas are yellow.', null)).toMatchObject({ verdict: 'none', evidence: [] });

    const refused = await panel.page.evaluate(async () => {
      const g = globalThis as unknown as { browser?: typeof import('wxt/browser').browser; chrome?: unknown };
      const ext = (g.browser ?? g.chrome) as typeof import('wxt/browser').browser;
      return JSON.stringify(
        await ext.runtime.sendMessage({ type: 'check', sentences: 'not a list', pageDate: null }),
      );
    });
    expect(JSON.parse(refused).error).toMatch(/sentences must be a list/);
  });

  test.for(['popup.html', 'sidepanel.html'])('%s renders from the record', async (path, { browser }) => {
    const page = await browser.openExtensionPage(path);
    await waitFor(
      () => page.evaluate(() => /holds \d+ statements/.test(document.body.textContent ?? '')),
      15_000,
      'the record summary',
    );
    expect(await page.evaluate(() => document.querySelectorAll('.sources li').length)).toBe(5);
    await page.close();
  });
});
