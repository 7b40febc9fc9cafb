import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveFolder } from '../../src/cli/serve-folder';
import { BROWSERS, type TestBrowser, type TestPage, waitFor } from './harness/browsers';
import { REPO_ROOT } from './harness/server';
import { openPanel, type Panel, paintedLines, refuseInternet, settledClaims } from './page-support';

// The compact card (issue 15) on the demo article, at the browsers' 1280x900: at most 360 px tall,
// over none of the lines of the sentence it explains, inside the viewport, its verdict and close
// button in view without scrolling. Every painted claim is tried, the long headline among them.

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

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

const cardBox = (page: TestPage) =>
  page.inCard((root) => {
    const card = root.querySelector('.card');
    if (!card) return null;
    const r = card.getBoundingClientRect();
    const head = (root.querySelector('.head') as Element).getBoundingClientRect();
    return {
      box: { top: r.top, bottom: r.bottom, left: r.left, right: r.right },
      headInside: head.top >= r.top && head.bottom <= r.bottom,
      text: card.textContent ?? '',
      vw: document.documentElement.clientWidth,
      vh: document.documentElement.clientHeight,
    };
  });

const overlaps = (a: Box, b: Box) =>
  a.left < b.right - 0.5 && a.right > b.left + 0.5 && a.top < b.bottom - 0.5 && a.bottom > b.top + 0.5;

describe.each(BROWSERS)('$name', ({ launch }) => {
  let browser: TestBrowser;
  let panel: Panel;
  let page: TestPage;
  let tabId: number;
  beforeAll(async () => {
    browser = await launch();
    panel = await openPanel(browser);
    page = await browser.newPage();
    await page.goto(`${server.origin}/article.html`);
    tabId = await panel.tabId();
  });
  afterAll(() => browser?.close());

  test('every painted claim: a card at most 360 px tall, over none of its lines, inside the viewport', async () => {
    const answer = await settledClaims(panel, tabId);
    const painted = answer.claims.filter((c) => c.result.verdict !== 'related');
    expect(painted.length).toBeGreaterThan(3);
    for (const claim of painted) {
      const text = claim.text.replace(/\s+/g, ' ').trim();
      await page.mouseMove(2, 2);
      await waitFor(async () => (await cardBox(page)) === null, 5_000, 'no card open');
      const target = await paintedLines(page, text);
      if (!target) throw new Error(`"${text}" is not painted`);
      await page.mouseMove(target.x, target.y);
      let seen: Awaited<ReturnType<typeof cardBox>> = null;
      await waitFor(
        async () => {
          seen = await cardBox(page);
          return seen !== null && seen.box.bottom > seen.box.top;
        },
        5_000,
        `the card of "${text.slice(0, 40)}"`,
      );
      const card = seen as unknown as NonNullable<Awaited<ReturnType<typeof cardBox>>>;
      const where = `card of "${text.slice(0, 50)}"`;
      expect(card.box.bottom - card.box.top, where).toBeLessThanOrEqual(360);
      expect(card.headInside, where).toBe(true);
      expect(card.box.top, where).toBeGreaterThanOrEqual(0);
      expect(card.box.left, where).toBeGreaterThanOrEqual(0);
      expect(card.box.bottom, where).toBeLessThanOrEqual(card.vh);
      expect(card.box.right, where).toBeLessThanOrEqual(card.vw);
      // The lines as they are now, with the card open (the page did not move under it).
      const now = await paintedLines(page, text, false);
      for (const line of now?.lines ?? [])
        expect(overlaps(card.box, line), `${where} covers a line`).toBe(false);
    }
  });
});
