import { expect } from 'vitest';
import { type TestPage, waitFor } from '../../src/browsers';
import { describeBrowsers, describeBrowserVariants, useServer } from './harness/fixtures';
import { pointAt } from './page-support';
import { pageTabId } from './popup-sidebar-shots';

// The interface follows the browser's language (Debian's language packs, installed by .ci/run) or
// the reader's choice in the options page. Chromium has no Armenian interface, so Armenian is
// reached there through the options page only.

type Api = {
  tabs: {
    reload(id: number): Promise<void>;
    update(id: number, change: { active: boolean }): Promise<unknown>;
  };
  action?: { getTitle(details: { tabId: number }): Promise<string> };
  browserAction?: { getTitle(details: { tabId: number }): Promise<string> };
};

const server = useServer({ offline: false });

// The fixture's conflicting sentence, as its card and the popup say it in each language.
const CONFLICT = 'Pashinyan attended the CSTO summit in Minsk';
const RUSSIAN = {
  verdict: 'Противоречит',
  meaning: 'Источники из архива говорят иное.',
  summary: /^\d+ утвержден(ие|ия|ий) на этой странице: .*Противоречит: \d+/,
  letters: /\p{Script=Cyrillic}/u,
  tabs: ['Поиск', 'Хронология', /^На этой странице \(\d+\)$/],
  results: /^\d+ результат(а|ов)?[.,]/,
};
const ARMENIAN = {
  verdict: 'Հակասում է',
  meaning: 'Արխիվի աղբյուրներն այլ բան են ասում։',
  summary: /^Այս էջում \d+ պնդում կա՝ .*Հակասում է՝ \d+/,
  letters: /\p{Script=Armenian}/u,
  tabs: ['Որոնում', 'Ժամանակագրություն', /^Այս էջում \(\d+\)$/],
  results: /^\d+ արդյունք[։,]/,
};

const CASES = [
  {
    browser: 'chromium',
    language: 'ru',
    heading: 'Язык интерфейса',
    claims: /^Receipts: \d+ утвержден(ие|ия|ий) на этой странице$/,
    ...RUSSIAN,
  },
  {
    browser: 'firefox',
    language: 'ru',
    heading: 'Язык интерфейса',
    claims: /^Receipts: \d+ утвержден(ие|ия|ий) на этой странице$/,
    ...RUSSIAN,
  },
  {
    browser: 'firefox',
    language: 'hy-AM',
    heading: 'Միջերեսի լեզուն',
    claims: /^Receipts\. այս էջում \d+ պնդում կա$/,
    ...ARMENIAN,
  },
] as const;

/** Brings the page's tab to the front, as a reader does before hovering: background tabs throttle timers. */
async function showTab(options: TestPage, tabId: number): Promise<void> {
  await options.evaluate(async (id) => {
    const b =
      (globalThis as unknown as { browser?: Api }).browser ??
      (globalThis as unknown as { chrome: Api }).chrome;
    await b.tabs.update(id, { active: true });
  }, tabId);
}

async function toolbarTitle(options: TestPage, tabId: number, pattern: RegExp): Promise<string> {
  let title = '';
  await waitFor(
    async () => {
      title = await options.evaluate(async (id) => {
        const b =
          (globalThis as unknown as { browser?: Api }).browser ??
          (globalThis as unknown as { chrome: Api }).chrome;
        return (b.action ?? b.browserAction)?.getTitle({ tabId: id }) ?? '';
      }, tabId);
      return pattern.test(title);
    },
    20_000,
    `a toolbar title like ${pattern}`,
  ).catch(() => {});
  return title;
}

interface CardSeen {
  lang: string;
  verdict: string;
  meaning: string;
  reason: string;
  quote: string;
}

interface SidebarSeen {
  lang: string;
  tabs: string[];
  results: string;
}

/** The sidebar pinned to the tab, after a search for a name in another spelling. */
async function searchSidebar(sidebar: TestPage, results: RegExp): Promise<SidebarSeen> {
  const read = () =>
    sidebar.evaluate(() => ({
      lang: document.documentElement.lang,
      tabs: [...document.querySelectorAll('[role=tab]')].map((t) => t.textContent?.trim() ?? ''),
      results: document.querySelector('.results-summary')?.textContent?.trim() ?? '',
    }));
  await waitFor(
    () => sidebar.evaluate(() => document.querySelector('input[type=search]') !== null),
    10_000,
    'the sidebar',
  );
  await sidebar.evaluate(() => {
    const box = document.querySelector<HTMLInputElement>('input[type=search]');
    if (!box) return;
    box.value = 'Pashinian';
    box.dispatchEvent(new Event('input', { bubbles: true }));
  });
  let seen: SidebarSeen = { lang: '', tabs: [], results: '' };
  await waitFor(
    async () => {
      seen = await read();
      // The third tab counts the page's claims once it has heard from the page.
      return results.test(seen.results) && /\(\d+\)/.test(seen.tabs[2] ?? '');
    },
    10_000,
    `search results like ${results}`,
  ).catch(() => {});
  return seen;
}

const expectTabs = (seen: string[], wanted: readonly (string | RegExp)[]) => {
  expect(seen).toHaveLength(wanted.length);
  for (const [i, w] of wanted.entries()) {
    if (typeof w === 'string') expect(seen[i]).toBe(w);
    else expect(seen[i]).toMatch(w);
  }
};

/** Hovers the fixture's conflicting sentence and reads its card (in a closed shadow root). */
async function openCard(page: TestPage): Promise<CardSeen> {
  let seen: CardSeen | null = null;
  await waitFor(
    async () => {
      // Hovered afresh on every try: a reloaded page may highlight after the first move, and a
      // pointer that rests on a sentence sends no further moves.
      const at = await pointAt(page, CONFLICT);
      if (!at) throw new Error('the conflicting sentence is not on the page');
      await page.mouseMove(at.x - 5, at.y);
      await page.mouseMove(at.x, at.y);
      seen = await page.inCard((root) => {
        const el = root.querySelector('.card');
        const text = (selector: string) => root.querySelector(selector)?.textContent?.trim() ?? '';
        return el
          ? {
              lang: el.getAttribute('lang') ?? '',
              verdict: text('.verdict'),
              meaning: text('.meaning'),
              reason: text('.card-reason'),
              quote: text('blockquote'),
            }
          : null;
      });
      return seen !== null;
    },
    10_000,
    'the card',
  );
  return seen as unknown as CardSeen;
}

describeBrowserVariants(
  {
    each: (name) => CASES.filter((c) => c.browser === name),
    title: 'with the browser in $language',
    launch: ({ language }) => ({ language }),
  },
  ({ test }, { language, heading, claims, ...card }) => {
    test('the options page and the toolbar button speak it', async ({ browser }) => {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/fixtures/ui-news.html`);
      const options = await browser.openExtensionPage('options.html');
      await waitFor(
        () => options.evaluate(() => document.querySelector('h2 label') !== null),
        10_000,
        'the options page',
      );
      expect(await options.evaluate(() => document.querySelector('h2 label')?.textContent)).toBe(heading);
      expect(await options.evaluate(() => document.documentElement.lang)).toBe(language.slice(0, 2));
      const tabId = await pageTabId(options);
      expect(await toolbarTitle(options, tabId, claims)).toMatch(claims);

      // The card on the English page: its verdict, what it means and why, in the language; the
      // quote stays as the source wrote it.
      await showTab(options, tabId);
      const shown = await openCard(page);
      expect(shown.lang).toBe(language.slice(0, 2));
      expect(shown.verdict).toContain(card.verdict);
      expect(shown.meaning).toBe(card.meaning);
      expect(shown.reason).toMatch(card.letters);
      expect(shown.reason).not.toMatch(/The record/);
      expect(shown.quote).toMatch(/[A-Za-z]/);

      const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
      let summary = '';
      await waitFor(
        async () => {
          summary = await popup.evaluate(() => document.querySelector('.claims-summary')?.textContent ?? '');
          return card.summary.test(summary);
        },
        10_000,
        'the popup summary',
      ).catch(() => {});
      expect(summary).toMatch(card.summary);

      // The sidebar: its tabs and a search's summary; the record's quotes stay as they are.
      const sidebar = await browser.openExtensionPage(`sidepanel.html?tab=${tabId}`);
      const seen = await searchSidebar(sidebar, card.results);
      expect(seen.lang).toBe(language.slice(0, 2));
      expectTabs(seen.tabs, card.tabs);
      expect(seen.results).toMatch(card.results);
    });
  },
);

describeBrowsers(({ test }) => {
  test('the options page switches the interface to Armenian', async ({ browser }) => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/fixtures/ui-news.html`);
    const options = await browser.openExtensionPage('options.html');
    await waitFor(
      () => options.evaluate(() => document.querySelector('#interface-language') !== null),
      10_000,
      'the choice',
    );
    const tabId = await pageTabId(options);
    expect(await toolbarTitle(options, tabId, /claims? on this page$/)).toMatch(
      /^Receipts: \d+ claims? on this page$/,
    );
    // A sidebar open before the switch follows it without being reopened.
    const sidebar = await browser.openExtensionPage(`sidepanel.html?tab=${tabId}`);
    expect((await searchSidebar(sidebar, /^\d+ results?[.,]/)).tabs[0]).toBe('Search');
    await options.evaluate(() => {
      const select = document.querySelector<HTMLSelectElement>('#interface-language');
      if (!select) return;
      select.value = 'hy';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await options.evaluate(async (id) => {
      const b =
        (globalThis as unknown as { browser?: Api }).browser ??
        (globalThis as unknown as { chrome: Api }).chrome;
      await b.tabs.reload(id);
    }, tabId);
    expect(await toolbarTitle(options, tabId, /պնդում/)).toMatch(/^Receipts\. այս էջում \d+ պնդում կա$/);
    await showTab(options, tabId);
    const shown = await openCard(page);
    expect(shown.lang).toBe('hy');
    expect(shown.verdict).toContain(ARMENIAN.verdict);
    expect(shown.meaning).toBe(ARMENIAN.meaning);
    expect(shown.reason).toMatch(ARMENIAN.letters);
    let after: SidebarSeen = { lang: '', tabs: [], results: '' };
    await waitFor(
      async () => {
        after = await searchSidebar(sidebar, ARMENIAN.results);
        return after.lang === 'hy';
      },
      10_000,
      'the open sidebar in Armenian',
    ).catch(() => {});
    expect(after.lang).toBe('hy');
    expectTabs(after.tabs, ARMENIAN.tabs);
    expect(after.results).toMatch(ARMENIAN.results);
  });
});
