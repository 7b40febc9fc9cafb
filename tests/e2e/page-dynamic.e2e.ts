import { expect } from 'vitest';
import { openPanel, type PageClaimsAnswer, settledClaims, waitFor } from '../../src/browsers';
import { describeBrowsers, useOfflineServer } from './harness/fixtures';
import { footprint } from './page-support';

// A single-page news app (fixtures/page-dynamic.html): stories loaded later, navigation without a
// page load, text edited in place. Receipts follows each change, and the badge with it.

const server = useOfflineServer();

describeBrowsers(({ test }) => {
  test('new stories, single-page navigation and edits are followed; removed text loses its highlight', async ({
    panel,
    page,
  }) => {
    await page.goto(`${server.origin}/fixtures/page-dynamic.html`);
    const tabId = await panel.tabId();
    const texts = async () =>
      (await panel.toPage<PageClaimsAnswer>(tabId, { type: 'page-claims' })).claims.map((c) => c.text);
    const highlighted = async () =>
      Object.entries((await footprint(page)).highlights)
        .filter(([name]) => !name.startsWith('receipts-active'))
        .reduce((sum, [, n]) => sum + n, 0);

    const first = await settledClaims(panel, tabId);
    expect(first.pageDate).toBe('2023-11-20');
    expect(first.claims.map((c) => c.text)).toEqual([
      'Pashinyan will not attend the CSTO summit in Minsk, his office said.',
    ]);
    await waitFor(async () => (await panel.badge(tabId)).text === '1', 5_000, 'badge 1');

    // Infinite scroll: a story added later is read (only it), across its <em>.
    await page.evaluate(() => (window as unknown as { __loadMore: () => void }).__loadMore());
    await waitFor(async () => (await texts()).length === 2, 5_000, 'the new story');
    expect(await texts()).toContain(
      'The Kremlin said it regrets Pashinyan’s decision not to attend the summit.',
    );
    await waitFor(async () => (await panel.badge(tabId)).text === '2', 5_000, 'badge 2');
    expect(await highlighted()).toBe(2);

    // Single-page navigation: the old story's text is gone and so are its highlights; the new
    // story is judged against the new page date once the URL change is seen.
    await page.evaluate(() => (window as unknown as { __navigate: () => void }).__navigate());
    await waitFor(
      async () => {
        const answer = await panel.toPage<PageClaimsAnswer>(tabId, { type: 'page-claims' });
        return answer.pageDate === '2024-06-13' && answer.state === 'ready' && answer.claims.length === 1;
      },
      10_000,
      'the new story with its new date',
    );
    expect(await texts()).toEqual(['Pashinyan said Armenia will leave the CSTO.']);
    expect(await highlighted()).toBe(1);
    await waitFor(async () => (await panel.badge(tabId)).text === '1', 5_000, 'badge back to 1');

    // Edited away: the claim goes, the badge empties.
    await page.evaluate(() => (window as unknown as { __editStory: () => void }).__editStory());
    await waitFor(async () => (await texts()).length === 0, 5_000, 'the claim to go');
    expect(await highlighted()).toBe(0);
    await waitFor(async () => (await panel.badge(tabId)).text === '', 5_000, 'an empty badge');
  });
});

describeBrowsers({ title: '$name: extension reload' }, ({ name, test }) => {
  test('reloading the extension leaves no highlight or card behind', async ({ browser, panel, page }) => {
    await page.goto(`${server.origin}/fixtures/page-dynamic.html`);
    const tabId = await panel.tabId();
    await settledClaims(panel, tabId);
    await panel.toPage(tabId, { type: 'show-claim', index: 0 });
    expect((await footprint(page)).hosts).toBe(1);
    await panel.page
      .evaluate(() => {
        type Api = typeof import('wxt/browser').browser;
        const g = globalThis as unknown as { browser?: Api; chrome?: Api };
        (g.browser ?? g.chrome)?.runtime.reload();
      })
      .catch(() => {});
    // Chromium: the old script notices it was orphaned and removes everything; no new one comes.
    // Firefox: the old script is destroyed without a word, its CSS with it, and the new version is
    // injected into the page, where it first removes what the old one left, then reads the page anew.
    await waitFor(
      async () => {
        const seen = await footprint(page);
        const open = Object.entries(seen.highlights).filter(
          ([name, n]) => name.startsWith('receipts-active') && n > 0,
        );
        return seen.hosts === 0 && open.length === 0;
      },
      10_000,
      `the old card and its marks to go (${name})`,
    );
    const after = await footprint(page);
    const ranges = Object.values(after.highlights).reduce((sum, n) => sum + n, 0);
    if (name === 'chromium') expect(ranges).toBe(0);
    else {
      const fresh = await openPanel(browser);
      const answer = await settledClaims(fresh, tabId);
      await waitFor(
        async () =>
          Object.values((await footprint(page)).highlights).reduce((sum, n) => sum + n, 0) ===
          answer.claims.length,
        5_000,
        'only the new instance’s highlights',
      );
    }
  });
});
