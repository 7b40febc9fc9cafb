import { afterAll, beforeAll, expect } from 'vitest';
import { settledClaims, type TestPage, waitFor } from '../../src/browsers';
import { readFlag } from '../../src/flags/flag';
import { describeBrowsers } from './harness/fixtures';
import { paintedLines, sleep } from './page-support';
import { type NetworkRecorder, recordNetwork, type SeenRequest } from './security/network-recorder';

// Issue 17, the reader's side, in both browsers: flag a verdict from the card on the demo page, see
// it on the options page, export it (the file's content is checked line by line) and delete it.
// Every request either browser makes meanwhile is written down at the network's edge (see
// security/network-recorder.ts and privacy.e2e.ts): none may be Receipts'.

const PAGE = '/fixtures/page-demo.html';
const PAGES_OWN = new Set([PAGE, '/favicon.ico']);
// The browsers' own housekeeping, as in privacy.e2e.ts: told apart by host, never from an extension.
// gvt1.com is where Chromium's component updater downloads from (its redirector), seen here too.
const BROWSER_SERVICES = /(^|\.)(googleapis\.com|google\.com|gvt1\.com|mozilla\.(com|net|org))$/;
const fromExtension = (r: SeenRequest) =>
  [r.origin, r.referer].some((v) => v !== null && /^(chrome|moz)-extension:/.test(v));
const isPagesOwn = (r: SeenRequest) => r.at === 'server' && PAGES_OWN.has(r.url) && !fromExtension(r);
const isBrowsers = (r: SeenRequest) =>
  r.at === 'proxy' && BROWSER_SERVICES.test(new URL(r.url).hostname) && !fromExtension(r);

const NOTE = 'Armenia froze its participation; it has not left.';

let network: NetworkRecorder;
beforeAll(async () => {
  network = await recordNetwork();
});
afterAll(() => network?.close());

const cardState = (page: TestPage) =>
  page.inCard((root) => {
    const card = root.querySelector('.card');
    if (!card) return null;
    const box = card.getBoundingClientRect();
    return {
      text: card.textContent ?? '',
      height: box.height,
      form: root.querySelector('form.flag-form') !== null,
      kept: root.querySelector('.flag-kept')?.textContent ?? null,
    };
  });

/** Clicks the card's element with the reader's own (trusted) click: the card refuses synthetic ones. */
async function clickInCard(page: TestPage, selector: string) {
  const at = await page.inCard((root, sel) => {
    const el = root.querySelector(sel);
    if (!el) return null;
    el.scrollIntoView({ block: 'nearest' });
    const r = el.getBoundingClientRect();
    return { x: r.left + Math.min(8, r.width / 2), y: r.top + r.height / 2 };
  }, selector);
  if (!at) throw new Error(`nothing in the card matches ${selector}`);
  await page.click(at.x, at.y);
}

const newRequests = (from: number) =>
  network.seen.slice(from).filter((r) => !isPagesOwn(r) && !isBrowsers(r));

describeBrowsers(({ name, test }) => {
  let from = 0;
  // Before the browser launches (when a test first asks for it): its start counts too.
  beforeAll(() => {
    from = network.seen.length;
  });

  test('flag a verdict from the card, see it on the options page, export it, delete it; no request', async ({
    browser,
    panel,
    page,
  }) => {
    const url = `${network.server.origin}${PAGE}`;
    await page.goto(url);
    const tabId = await panel.tabId();
    const answer = await settledClaims(panel, tabId);
    const claim = answer.claims.find(
      (c) => c.result.verdict === 'conflicting' || c.result.verdict === 'corroborated',
    );
    if (!claim) throw new Error('no painted claim on the demo page');
    const sentence = claim.text.replace(/\s+/g, ' ').trim();
    const point = await paintedLines(page, sentence);
    if (!point) throw new Error(`"${sentence}" is not painted`);
    await page.mouseMove(point.x, point.y);
    await waitFor(
      async () => (await cardState(page))?.text.includes('Does this look wrong?') === true,
      5_000,
      'the card',
    );

    // The form opens in the card's body: the card stays within its 360 px.
    await clickInCard(page, '.flag-open');
    await waitFor(async () => (await cardState(page))?.form === true, 5_000, 'the flag form');
    const open = await cardState(page);
    expect(open?.height).toBeLessThanOrEqual(360);
    // A synthetic click from the page ticks nothing: only the reader's own input reaches the form.
    await page.inCard((root) => root.querySelector<HTMLElement>('input[value="quote"]')?.click());
    for (const selector of ['input[value="verdict"]', 'input[value="date"]', 'input[name="include-address"]'])
      await clickInCard(page, selector);
    await clickInCard(page, 'textarea');
    await page.type(NOTE);
    // The pointer leaves the card: an open form keeps it.
    await page.mouseMove(2, 2);
    await sleep(600);
    expect((await cardState(page))?.form).toBe(true);
    expect((await cardState(page))?.height).toBeLessThanOrEqual(360);
    await clickInCard(page, '.flag-send');
    await waitFor(
      async () => (await cardState(page))?.kept === 'Thanks — kept in this browser',
      10_000,
      'the thanks',
    );

    // The options page lists it.
    const options = await browser.openExtensionPage('options.html');
    await waitFor(
      () => options.evaluate(() => document.querySelectorAll('.flags-list > li').length === 1),
      15_000,
      'the flag on the options page',
    );
    const listed = await options.evaluate(() => ({
      sentence: document.querySelector('.flags-list .flag-sentence')?.textContent,
      text: document.querySelector('.flags-list > li')?.textContent ?? '',
      tags: [...document.querySelectorAll('.flags-list .tag')].map((t) => t.textContent),
    }));
    expect(listed.sentence).toBe(claim.text);
    expect(listed.tags).toEqual(['The verdict', 'The date']);
    expect(listed.text).toContain(NOTE);
    expect(listed.text).toContain(url);

    // The export: a Blob behind a download link, read here instead of saved to disk.
    const exported = JSON.parse(
      await options.evaluate(async () => {
        const blobs: Blob[] = [];
        const names: string[] = [];
        const create = URL.createObjectURL.bind(URL);
        URL.createObjectURL = (blob: Blob | MediaSource) => {
          blobs.push(blob as Blob);
          return create(blob);
        };
        HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
          names.push(this.download);
        };
        document.querySelector<HTMLElement>('.flags-export')?.click();
        const content = blobs[0] ? await blobs[0].text() : null;
        return JSON.stringify({ names, content, type: blobs[0]?.type ?? null });
      }),
    ) as { names: string[]; content: string | null; type: string | null };
    expect(exported.names).toHaveLength(1);
    expect(exported.names[0]).toMatch(/^receipts-flags-\d{4}-\d{2}-\d{2}\.jsonl$/);
    expect(exported.type).toBe('application/x-ndjson');
    const lines = (exported.content ?? '').split('\n').filter((line) => line !== '');
    expect(lines).toHaveLength(1);
    const read = readFlag(JSON.parse(lines[0] as string));
    if (!('flag' in read)) throw new Error(`the export is no flag: ${read.problem}`);
    const flag = read.flag;
    // What the background kept is the engine's own answer for the sentence, not the page's word.
    const engine = await panel.check(claim.text, answer.pageDate);
    expect(flag).toMatchObject({
      sentence: claim.text,
      complaints: ['verdict', 'date'],
      note: NOTE,
      verdict: engine.verdict,
      pageDate: answer.pageDate,
      pageUrl: url,
    });
    expect(flag.evidence.length).toBeGreaterThan(0);
    const ids = new Set(engine.evidence.map((e) => e.statementId));
    for (const e of flag.evidence) expect(ids.has(e.statementId)).toBe(true);
    expect(Date.now() - Date.parse(flag.flaggedAt)).toBeLessThan(10 * 60_000);

    // Deleted, it is gone from the page and from storage.
    await options.evaluate(() => document.querySelector<HTMLElement>('.flag-delete')?.click());
    await waitFor(
      () => options.evaluate(() => document.querySelector('.flags-none') !== null),
      10_000,
      'the flag to be deleted',
    );
    const stored = await options.evaluate(async () => {
      type Api = typeof import('wxt/browser').browser;
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      const ext = (g.browser ?? g.chrome) as Api;
      return JSON.stringify(await ext.storage.local.get('flags'));
    });
    expect(JSON.parse(stored).flags ?? []).toEqual([]);
    await options.close();

    await sleep(1_000);
    const seen = network.seen.slice(from);
    console.log(`${name}: ${seen.length} requests: ${[...new Set(seen.map((r) => r.url))].join(' ')}`);
    expect(newRequests(from)).toEqual([]);
    // The recorder was listening: the page itself was seen.
    expect(seen.some((r) => r.at === 'server' && r.url === PAGE)).toBe(true);
  });

  test('flag from the sidebar’s check panel: the address is the tab’s, as the browser has it', async ({
    browser,
    panel,
  }) => {
    const at = network.seen.length;
    const url = `${network.server.origin}${PAGE}`;
    const tabId = await panel.tabId();
    const answer = await settledClaims(panel, tabId);
    const claim = answer.claims.find((c) => c.result.verdict !== 'related');
    if (!claim) throw new Error('no claim on the demo page');
    const sidebar = await browser.openExtensionPage(`sidepanel.html?tab=${tabId}`);
    // What the context menu or a card's "More" hands the sidebar (src/settings/hand-off.ts).
    await sidebar.evaluate(
      async ({ text, tab }) => {
        type Api = typeof import('wxt/browser').browser;
        const g = globalThis as unknown as { browser?: Api; chrome?: Api };
        const ext = (g.browser ?? g.chrome) as Api;
        await ext.storage.session.set({
          pendingHandOff: { text, tabId: tab, at: Date.now(), incognito: false },
        });
      },
      { text: claim.text, tab: tabId },
    );
    const inPanel = (selector: string) =>
      sidebar.evaluate((sel) => {
        const el = document.querySelector<HTMLElement>(`.check-panel ${sel}`);
        el?.click();
        return el !== null;
      }, selector);
    await waitFor(() => inPanel('.flag-open'), 15_000, 'the check panel’s flag link');
    for (const selector of ['input[value="speaker"]', 'input[name="include-address"]'])
      await waitFor(() => inPanel(selector), 5_000, selector);
    await inPanel('.flag-send');
    await waitFor(
      async () =>
        (await sidebar.evaluate(() => document.querySelector('.check-panel .flag-kept')?.textContent)) ===
        'Thanks — kept in this browser',
      5_000,
      'the thanks',
    );
    const stored = await sidebar.evaluate(async () => {
      type Api = typeof import('wxt/browser').browser;
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      const ext = (g.browser ?? g.chrome) as Api;
      return JSON.stringify(await ext.storage.local.get('flags'));
    });
    const flags = (JSON.parse(stored) as { flags: unknown[] }).flags.map((f) => readFlag(f));
    expect(flags).toHaveLength(1);
    const engine = await panel.check(claim.text, answer.pageDate);
    expect(flags[0]).toMatchObject({
      flag: {
        sentence: claim.text,
        complaints: ['speaker'],
        verdict: engine.verdict,
        pageDate: answer.pageDate,
        pageUrl: url,
      },
    });
    await sidebar.close();
    await sleep(500);
    expect(newRequests(at)).toEqual([]);
  });
});
