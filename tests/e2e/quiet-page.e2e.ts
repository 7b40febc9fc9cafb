import { expect } from 'vitest';
import { settledClaims, type TestPage, waitFor } from '../../src/browsers';
import { describeBrowsers, useOfflineServer } from './harness/fixtures';
import { DEMO_DIR } from './harness/server';
import { SCREENSHOTS, shootPanel } from './popup-sidebar-shots';

// Loud where it matters, quiet elsewhere (issue 15), on the demo article `npm start` opens: Related
// is listed but not painted until the options page's switch says so, corroborated gets no fill, the
// fact box in the page's <aside> is furniture, and the popup fits in about 600 px.

const tidy = (texts: string[]) => new Set(texts.map((t) => t.replace(/\s+/g, ' ').trim()));

const FACT_BOX = 'The CSTO was founded in 1992 by six former Soviet republics';

const server = useOfflineServer(DEMO_DIR);

/** The text of each range in each highlight, as the page's own script sees the registry. */
const painted = (page: TestPage) =>
  page.evaluate(() => {
    const out: Record<string, string[]> = {};
    CSS.highlights.forEach((h, name) => {
      // Whitespace as the claim's text has it (the page's source breaks lines inside sentences).
      out[name] = [...(h as unknown as Set<Range>)].map((r) => String(r).replace(/\s+/g, ' ').trim());
    });
    return out;
  });

/** The background colour a highlight paints with, from the computed style of its ::highlight(). */
const highlightBackground = (page: TestPage, name: string) =>
  page.evaluate(
    (highlight) =>
      getComputedStyle(document.querySelector('article p') as Element, `::highlight(${highlight})`)
        .backgroundColor,
    name,
  );

describeBrowsers(({ name, test }) => {
  let tabId: number;
  test.beforeAll(async ({ panel, page }) => {
    await page.goto(`${server.origin}/article.html`);
    tabId = await panel.tabId();
  });

  test('Related is listed, not painted; corroborated has no fill; the fact box is not read', async ({
    panel,
    page,
  }) => {
    const answer = await settledClaims(panel, tabId);
    // Painted by the reader's verdict: a conflict that only time made (outdated) has its own mark.
    const texts = (verdict: string) =>
      answer.claims
        .filter((c) =>
          verdict === 'outdated'
            ? c.result.outdated !== undefined
            : c.result.verdict === verdict && c.result.outdated === undefined,
        )
        .map((c) => c.text);
    expect(texts('related').length).toBeGreaterThan(0);
    expect(texts('conflicting').length).toBeGreaterThan(0);
    const seen = await painted(page);
    expect(seen['receipts-related'] ?? []).toEqual([]);
    expect(tidy(seen['receipts-conflicting'] ?? [])).toEqual(tidy(texts('conflicting')));
    expect(tidy(seen['receipts-corroborated'] ?? [])).toEqual(tidy(texts('corroborated')));
    // The demo has a sentence that held in 2023 and no longer by its date: Outdated, painted as such.
    expect(texts('outdated').length).toBeGreaterThan(0);
    expect(tidy(seen['receipts-outdated'] ?? [])).toEqual(tidy(texts('outdated')));
    // The fact box sits in the page's <aside>: not a claim, not painted.
    expect(answer.claims.some((c) => c.text.startsWith(FACT_BOX))).toBe(false);
    expect(
      Object.values(seen)
        .flat()
        .some((t) => t.includes(FACT_BOX)),
    ).toBe(false);
    // A quiet mark for what the record confirms; a fill only for what it contradicts.
    expect(await highlightBackground(page, 'receipts-corroborated')).toBe('rgba(0, 0, 0, 0)');
    expect(await highlightBackground(page, 'receipts-conflicting')).not.toBe('rgba(0, 0, 0, 0)');
    expect(await highlightBackground(page, 'receipts-outdated')).not.toBe('rgba(0, 0, 0, 0)');
  });

  test('the options switch paints Related at once, and switching it off takes the paint away', async ({
    panel,
    page,
  }) => {
    const answer = await settledClaims(panel, tabId);
    const related = answer.claims.filter((c) => c.result.verdict === 'related').map((c) => c.text);
    const toggle = () =>
      panel.page.evaluate(() => {
        const input = [...document.querySelectorAll<HTMLInputElement>('[role="switch"]')].find((el) =>
          el.closest('label')?.textContent?.includes('Show related sentences on the page'),
        );
        input?.click();
        return input?.checked ?? null;
      });
    await waitFor(async () => (await toggle()) === true, 5_000, 'the switch to turn on');
    await waitFor(
      async () => ((await painted(page))['receipts-related'] ?? []).length === related.length,
      5_000,
      'Related painted',
    );
    expect(tidy((await painted(page))['receipts-related'] ?? [])).toEqual(tidy(related));
    expect(await toggle()).toBe(false);
    await waitFor(
      async () => ((await painted(page))['receipts-related'] ?? []).length === 0,
      5_000,
      'Related unpainted',
    );
  });

  test('the popup fits: at most 600 px tall, one line per claim, scrolling inside itself', async ({
    browser,
    panel,
  }) => {
    const answer = await settledClaims(panel, tabId);
    const url = `${server.origin}/article.html`;
    const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}&url=${encodeURIComponent(url)}`);
    await waitFor(
      () => popup.evaluate(() => document.querySelectorAll('li.claim').length > 0),
      15_000,
      'the claims in the popup',
    );
    const shape = await popup.evaluate(() => ({
      height: document.body.getBoundingClientRect().height,
      scrolls: document.body.scrollHeight > document.body.clientHeight,
      lines: [...document.querySelectorAll<HTMLElement>('.claim-jump')].map(
        (b) => b.getBoundingClientRect().height,
      ),
      evidence: document.querySelectorAll('.evidence').length,
      switchRole: document.querySelector('[role="switch"]')?.getAttribute('aria-checked'),
    }));
    expect(shape.height).toBeLessThanOrEqual(600);
    expect(shape.lines).toHaveLength(answer.claims.length);
    // One line each: no taller than two lines of the popup's text.
    for (const height of shape.lines) expect(height).toBeLessThan(40);
    expect(shape.scrolls).toBe(true);
    expect(shape.evidence).toBe(0);
    expect(shape.switchRole).toBe('false');
    if (SCREENSHOTS) await shootPanel(popup, 'body', `popup-demo-${name}`);
    await popup.close();
  });
});
