import { expect } from 'vitest';
import { type Ext, type TestPage, waitFor } from '../../src/browsers';
import { describeBrowsers, useServer } from './harness/fixtures';
import { ownTabId, pageTabId, SCREENSHOTS, shootPanel } from './popup-sidebar-shots';

// The toolbar popup against a real page with claims, in both browsers. The popup is opened as a
// tab with ?tab=<id>&url=<address> naming the page's tab: a test cannot click the toolbar button,
// a popup opened as a tab would otherwise talk to itself (the active tab), and without the click's
// activeTab grant the browser hides the page's address (which the pause switch needs).

const server = useServer({ offline: false });

/** Asks the page's content script what it holds, as the popup does. */
const pageState = (panel: TestPage, tabId: number) =>
  panel.evaluate(async (id) => {
    const b = (globalThis as unknown as Ext).browser ?? (globalThis as unknown as Ext).chrome;
    try {
      const answer = (await b.tabs.sendMessage(id, { type: 'page-claims' }, { frameId: 0 })) as {
        state: string;
        claims: unknown[];
      };
      return { state: answer.state, claims: answer.claims.length };
    } catch (error) {
      return { state: `error: ${(error as Error).message}`, claims: 0 };
    }
  }, tabId);

describeBrowsers(({ name, test }) => {
  let page: TestPage;
  let helper: TestPage;
  let tabId: number;
  let url: string;
  // What the toolbar click would give the popup: the tab, and (by activeTab) its address.
  const query = () => `tab=${tabId}&url=${encodeURIComponent(url)}`;
  // The page first, then the extension page that asks about it (not the panel, which opens first).
  test.beforeAll(async ({ browser }) => {
    url = `${server.origin}/fixtures/ui-news.html`;
    page = await browser.newPage();
    await page.goto(url);
    helper = await browser.openExtensionPage('options.html');
    tabId = await pageTabId(helper);
    await waitFor(
      async () => (await pageState(helper, tabId)).state === 'ready',
      20_000,
      'the page to be checked',
    );
  });

  test('the popup lists the page’s claims by verdict, and a click shows the claim on the page', async ({
    browser,
  }) => {
    const popup = await browser.openExtensionPage(`popup.html?${query()}`);
    const expected = (await pageState(helper, tabId)).claims;
    expect(expected).toBeGreaterThanOrEqual(3);
    await waitFor(
      () =>
        popup.evaluate(() =>
          /claims? on this page:/.test(document.querySelector('.claims-summary')?.textContent ?? ''),
        ),
      15_000,
      'the claims in the popup',
    );
    if (SCREENSHOTS) await shootPanel(popup, 'body', `popup-${name}`);
    // Evidence opens on demand, one claim at a time or all of them.
    await popup.evaluate(() => {
      for (const button of document.querySelectorAll<HTMLButtonElement>('.claim-expand')) button.click();
    });
    const shown = await popup.evaluate(() => ({
      summary: document.querySelector('.claims-summary')?.textContent ?? '',
      items: [...document.querySelectorAll('li.claim')].map((li) => ({
        sentence: li.querySelector('.claim-jump')?.textContent ?? '',
        verdict: li.querySelector('.claim-verdict .verdict')?.textContent ?? '',
        dated: li.querySelector('.evidence time') !== null,
      })),
      pause: (document.querySelector('[role="switch"]')?.closest('label')?.textContent ?? '').trim(),
    }));
    expect(shown.summary).toMatch(new RegExp(`^${expected} claims on this page: `));
    expect(shown.items).toHaveLength(expected);
    for (const item of shown.items)
      expect(item.verdict).toMatch(/Corroborated|Conflicting|Disputed|Related|Not in the record/);
    expect(shown.items.some((i) => i.dated)).toBe(true);
    expect(shown.pause).toBe('Pause Receipts on 127.0.0.1');
    // Readable at 200% zoom: nothing in the popup runs out of its width.
    const overflow = await popup.evaluate(() => {
      document.documentElement.style.zoom = '2';
      const edge = (document.querySelector('.popup') as HTMLElement).getBoundingClientRect().right;
      // Text for screen readers only (.visually-hidden) is clipped to nothing: it paints no pixel
      // wherever its box lies, so only what is drawn counts.
      const out = [...document.querySelectorAll('.popup *')].filter(
        (el) => el.getBoundingClientRect().right > edge + 1 && !el.closest('.visually-hidden'),
      );
      document.documentElement.style.zoom = '';
      return out.map((el) => el.outerHTML.slice(0, 80));
    });
    expect(overflow).toEqual([]);

    // The claim far down the page: the click scrolls the page to it and opens its card.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await popup.evaluate(() => {
      const far = [...document.querySelectorAll<HTMLButtonElement>('.claim-jump')].find((b) =>
        b.textContent?.includes('Pashinyan attended'),
      );
      far?.click();
    });
    await waitFor(
      async () =>
        (await page.evaluate(() => window.scrollY > 300)) &&
        ((await page.inCard((root) => root.textContent ?? '')) ?? '').includes('Pashinyan attended'),
      10_000,
      'the page scrolled to the claim with its card open',
    );
    await popup.close();
  });

  test('pausing the site applies at once, is remembered across a reload, and resumes', async ({
    browser,
  }) => {
    const popup = await browser.openExtensionPage(`popup.html?${query()}`);
    const toggle = () =>
      popup.evaluate(() => document.querySelector<HTMLInputElement>('[role="switch"]')?.click());
    await waitFor(() => popup.evaluate(() => document.querySelector('[role="switch"]') !== null));
    await toggle();
    await waitFor(
      async () => (await pageState(helper, tabId)).state === 'paused',
      5_000,
      'the page to pause',
    );
    expect(await pageState(helper, tabId)).toEqual({ state: 'paused', claims: 0 });
    await waitFor(
      () => popup.evaluate(() => /Receipts is paused on 127\.0\.0\.1/.test(document.body.textContent ?? '')),
      5_000,
      'the popup to say so',
    );
    expect(
      await popup.evaluate(() => document.querySelector<HTMLInputElement>('[role="switch"]')?.checked),
    ).toBe(true);

    await page.goto(url);
    await waitFor(
      async () => (await pageState(helper, tabId)).state === 'paused',
      10_000,
      'still paused after a reload',
    );

    await toggle();
    await waitFor(
      async () => (await pageState(helper, tabId)).state === 'ready',
      15_000,
      'the page to resume',
    );
    await waitFor(
      () => popup.evaluate(() => /claims on this page:/.test(document.body.textContent ?? '')),
      5_000,
      'the popup to list the claims again',
    );
    await popup.close();
  });

  test('a page Receipts cannot scan says why, and never fails silently', async ({ browser }) => {
    // The options page stands in for a browser page: the browser runs no content script there.
    const own = await ownTabId(helper, await helper.evaluate(() => location.href));
    const popup = await browser.openExtensionPage(`popup.html?tab=${own}`);
    await waitFor(
      () => popup.evaluate(() => /browser’s own pages/.test(document.body.textContent ?? '')),
      5_000,
      'the reason',
    );
    await popup.close();
  });
});
