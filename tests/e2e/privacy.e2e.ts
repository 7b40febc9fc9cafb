import { afterAll, beforeAll, expect } from 'vitest';
import { settledClaims, waitFor } from '../../src/browsers';
import { describeBrowsers } from './harness/fixtures';
import { typeSearch } from './harness/sidebar';
import { pointAt, sleep } from './page-support';
import { type NetworkRecorder, recordNetwork, type SeenRequest } from './security/network-recorder';

// Receipts makes no network requests. Every request is written down at the network's edge (see
// security/network-recorder.ts) while a reader browses pages with claims, hovers one to open its
// card, opens the popup and the sidebar and searches the record. The pages' own requests are told
// apart by what they are (the page itself, and the favicon the browser asks for) and by who asked
// (no Origin or Referer of an extension page); everything else, and anything for a host other than
// 127.0.0.1, would be Receipts'. A positive control then makes the requests Receipts must never
// make, from an extension page, to show that the recorders would have seen them.

// Pages with claims that load nothing but themselves, so any other request stands out.
const PAGES = ['ui-news.html', 'page-demo.html', 'foundation.html'];
const PAGES_OWN = new Set([...PAGES.map((p) => `/fixtures/${p}`), '/favicon.ico']);
// The browsers' own housekeeping, made with or without any extension: Chromium's component
// updater and account check, Firefox's remote settings. HTTPS goes through the proxy as CONNECT,
// which carries no initiator, so it is told apart by host; every other host counts as Receipts'.
const BROWSER_SERVICES = /(^|\.)(googleapis\.com|google\.com|mozilla\.(com|net|org))$/;

const fromExtension = (r: SeenRequest) =>
  [r.origin, r.referer].some((v) => v !== null && /^(chrome|moz)-extension:/.test(v));

const isPagesOwn = (r: SeenRequest) => r.at === 'server' && PAGES_OWN.has(r.url) && !fromExtension(r);
const isBrowsers = (r: SeenRequest) =>
  r.at === 'proxy' && BROWSER_SERVICES.test(new URL(r.url).hostname) && !fromExtension(r);

let network: NetworkRecorder;
beforeAll(async () => {
  network = await recordNetwork();
});
afterAll(() => network?.close());

describeBrowsers(({ name, test }) => {
  let from = 0;
  // Before the browser launches (when the test asks for it): its start counts too.
  beforeAll(() => {
    from = network.seen.length;
  });

  test('browsing, hovering, the popup and a search in the sidebar make no request of Receipts’ own', async ({
    browser,
    panel,
  }) => {
    const origin = network.server.origin;
    const page = await browser.newPage();
    let tabId = 0;
    for (const fixture of PAGES) {
      await page.goto(`${origin}/fixtures/${fixture}`);
      tabId = await panel.tabId();
      const { claims } = await settledClaims(panel, tabId);
      expect(claims.length).toBeGreaterThan(0);
      // The first words only: a claim may run across links, and pointAt looks in one text node.
      const point = await pointAt(page, (claims[0]?.text ?? '').split(' ').slice(0, 2).join(' '));
      if (!point) throw new Error(`no claim to hover on ${fixture}`);
      await page.mouseMove(point.x, point.y);
      await waitFor(
        () => page.evaluate(() => document.querySelector('receipts-card') !== null),
        5_000,
        'the card',
      );
    }

    const url = `${origin}/fixtures/${PAGES.at(-1)}`;
    const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}&url=${encodeURIComponent(url)}`);
    await waitFor(
      () => popup.evaluate(() => /claims? on this page/.test(document.body.textContent ?? '')),
      15_000,
      'the popup’s claims',
    );
    await popup.close();

    const sidebar = await browser.openExtensionPage(`sidepanel.html?tab=${tabId}`);
    for (const query of ['Pashinian', 'ОДКБ', 'summit Minsk']) {
      await typeSearch(sidebar, query);
      await waitFor(
        () => sidebar.evaluate(() => document.querySelectorAll('article.statement').length > 0),
        15_000,
        `results for ${query}`,
      );
    }
    await sidebar.evaluate(() => document.querySelector<HTMLElement>('#tab-timeline')?.click());
    await waitFor(() => sidebar.evaluate(() => document.querySelectorAll('.month').length > 0));
    await sleep(1_000);

    const seen = network.seen.slice(from);
    const ours = seen.filter((r) => !isPagesOwn(r) && !isBrowsers(r));
    console.log(`${name}: ${seen.length} requests: ${[...new Set(seen.map((r) => r.url))].join(' ')}`);
    expect(ours).toEqual([]);
    expect(seen.filter((r) => r.url.endsWith('.html')).length).toBeGreaterThanOrEqual(PAGES.length);

    // Receipts' pages could not make one if they tried: their CSP has connect-src 'none', so the
    // browser refuses the request before it leaves.
    const refusedAt = network.seen.length;
    const refused = await panel.page.evaluate(async (o) => {
      const outcomes: string[] = [];
      for (const url of [`${o}/privacy-control`, 'http://privacy-control.example/']) {
        outcomes.push(
          await fetch(url).then(
            () => 'sent',
            () => 'refused',
          ),
        );
      }
      return outcomes;
    }, origin);
    expect(refused).toEqual(['refused', 'refused']);
    await sleep(500);
    expect(network.seen.slice(refusedAt).filter((r) => fromExtension(r))).toEqual([]);

    // The positive control: the same requests, made by the page (where no CSP of ours applies),
    // to show that the recorders would have seen them.
    const control = network.seen.length;
    await page.evaluate(async (o) => {
      await fetch(`${o}/privacy-control`).catch(() => {});
      await fetch('http://privacy-control.example/').catch(() => {});
    }, origin);
    await waitFor(() => network.seen.length >= control + 2, 10_000, 'the control requests to be recorded');
    const caught = network.seen.slice(control);
    expect(caught.map((r) => [r.at, r.url.replace(/\/$/, '')])).toEqual(
      expect.arrayContaining([
        ['server', '/privacy-control'],
        ['proxy', 'http://privacy-control.example'],
      ]),
    );
    expect(caught.filter((r) => !isPagesOwn(r) && !isBrowsers(r)).length).toBeGreaterThanOrEqual(2);
  });
});
