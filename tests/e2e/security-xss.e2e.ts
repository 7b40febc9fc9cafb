import { beforeAll, expect } from 'vitest';
import { settledClaims, type TestPage, waitFor } from '../../src/browsers';
import { describeBrowsers, useOfflineServer } from './harness/fixtures';
import { typeSearch } from './harness/sidebar';
import { cardText, pointAt, sleep } from './page-support';
import { buildWithHostileRecord } from './security/build-hostile';

// Page strings and record strings are shown as text everywhere. The page (fixtures/security-xss.html)
// has HTML and script payloads in its claim sentences, and Receipts is built for this test with a
// record that has them in every string it shows (security/hostile-record.ts). Each payload calls
// __xss if it runs: the page defines it and must find it never called. Extension pages forbid inline
// script anyway, so there (and in the card too) the test also looks for any element or attribute a
// payload would have made, and for the payload's markup as visible text.

const server = useOfflineServer();
let outputDir: string;
beforeAll(() => {
  outputDir = buildWithHostileRecord();
}, 180_000);

interface Inspection {
  text: string;
  made: string[];
}

/** What a payload would leave behind in the card's shadow root or an extension page's document. */
const inspect = (where: ShadowRoot | 'document'): Inspection => {
  const root = where === 'document' ? document : where;
  const made = [...root.querySelectorAll('*')]
    .filter(
      (el) =>
        el.matches('script:not([src]), iframe, object, embed, img[src="x"], a[href^="javascript:" i]') ||
        el.getAttributeNames().some((name) => name.startsWith('on')),
    )
    .map((el) => el.outerHTML.slice(0, 120));
  const body = where === 'document' ? document.body : root;
  return { text: body?.textContent ?? '', made };
};

describeBrowsers({ outputDir: () => outputDir }, ({ test }) => {
  let tabId: number;
  let url: string;
  test.beforeAll(async ({ panel, page }) => {
    url = `${server.origin}/fixtures/security-xss.html`;
    await page.goto(url);
    tabId = await panel.tabId();
  });

  const hits = (page: TestPage) =>
    page.evaluate(() => (window as unknown as { __xssHits: string[] }).__xssHits.slice());

  test('the card shows the page’s and the record’s payloads as text, and none runs', async ({
    panel,
    page,
  }) => {
    const { claims } = await settledClaims(panel, tabId);
    expect(claims).toHaveLength(3);
    expect(claims[0]?.text).toContain("<img src=x onerror=__xss('page-img')>");
    const shown: string[] = [];
    for (const claim of claims) {
      const point = await pointAt(page, claim.text.split(' ').slice(0, 2).join(' '));
      if (!point) throw new Error(`cannot hover "${claim.text}"`);
      await page.mouseMove(point.x, point.y);
      await waitFor(async () => (await cardText(page)) !== null, 5_000, 'its card');
      const card = (await page.inCard(inspect)) ?? { text: '', made: ['no card host'] };
      expect(card.made).toEqual([]);
      shown.push(card.text);
      await page.mouseMove(1, 1);
      await page.press('Escape');
      await waitFor(async () => (await cardText(page)) === null, 5_000, 'the card to close');
    }
    // The record's payloads reached the card as text: a speaker's name, an outlet, a quote.
    expect(shown.join(' ')).toMatch(/<img src=x onerror=__xss\('(speaker|outlet|quote)-img'\)>/);
    await sleep(300);
    expect(await hits(page)).toEqual([]);
    // The control: the same kind of payload, put into the page as HTML, does run.
    await page.evaluate(() =>
      document.body.insertAdjacentHTML('beforeend', "<img src=x onerror=__xss('control')>"),
    );
    await waitFor(async () => (await hits(page)).includes('control'), 5_000, 'the control payload to run');
    await page.evaluate(() => {
      (window as unknown as { __xssHits: string[] }).__xssHits.length = 0;
    });
  });

  test('the popup shows them as text', async ({ browser, page }) => {
    const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}&url=${encodeURIComponent(url)}`);
    await waitFor(
      async () => (await popup.evaluate(inspect, 'document' as const)).text.includes('page-img'),
      15_000,
      'the popup’s claims',
    );
    const seen = await popup.evaluate(inspect, 'document' as const);
    expect(seen.made).toEqual([]);
    expect(seen.text).toContain("<img src=x onerror=__xss('page-img')>");
    await popup.close();
    expect(await hits(page)).toEqual([]);
  });

  test('the sidebar shows them as text: search results, a quote in its context, the timeline, the page’s claims', async ({
    browser,
    page,
  }) => {
    const sidebar = await browser.openExtensionPage(`sidepanel.html?tab=${tabId}`);
    await typeSearch(sidebar, 'Pashinyan Minsk summit');
    await waitFor(
      () => sidebar.evaluate(() => document.querySelectorAll('article.statement').length > 0),
      15_000,
      'results',
    );
    await sidebar.evaluate(() =>
      [...document.querySelectorAll<HTMLButtonElement>('button')]
        .find((b) => b.textContent === 'Show in context')
        ?.click(),
    );
    await waitFor(
      () => sidebar.evaluate(() => document.querySelector('.context') !== null),
      10_000,
      'context',
    );
    const results = await sidebar.evaluate(inspect, 'document' as const);
    expect(results.made).toEqual([]);
    for (const where of ['speaker', 'role', 'outlet', 'quote', 'claim', 'setting', 'headline'])
      expect(results.text).toContain(`<img src=x onerror=__xss('${where}-img')>`);

    await sidebar.evaluate(() => document.querySelector<HTMLElement>('#tab-timeline')?.click());
    await waitFor(() => sidebar.evaluate(() => document.querySelectorAll('.month').length > 0));
    expect((await sidebar.evaluate(inspect, 'document' as const)).made).toEqual([]);

    await sidebar.evaluate(() => document.querySelector<HTMLElement>('#tab-page')?.click());
    await waitFor(
      async () => (await sidebar.evaluate(inspect, 'document' as const)).text.includes('page-img'),
      10_000,
      'the page’s claims in the sidebar',
    );
    expect((await sidebar.evaluate(inspect, 'document' as const)).made).toEqual([]);
    await sidebar.close();
    expect(await hits(page)).toEqual([]);
  });
});
