import { expect } from 'vitest';
import { type PageClaimsAnswer, settledClaims, waitFor } from '../../src/browsers';
import { describeBrowsers, useOfflineServer } from './harness/fixtures';
import { footprint, pointAt } from './page-support';

// Issue 14: a page whose framework re-renders its text every 150 ms (fixtures/page-rerender.html:
// the same text set again in place, a text node swapped for a new one, a paragraph's markup
// rewritten) had its claims found, but the highlights did not survive the re-render and hovering
// a claim never opened a card. Each sentence must keep its highlight and its card, and nothing be
// checked again: the page's text did not change.

const server = useOfflineServer();
const CLAIMS = [
  'Pashinyan will not attend the CSTO summit in Minsk',
  'The Kremlin said it regrets',
  ' said Armenia has frozen its participation',
];

describeBrowsers(({ test }) => {
  test('re-rendered text keeps its highlights, and hovering each claim opens its card', async ({
    panel,
    page,
  }) => {
    await page.goto(`${server.origin}/fixtures/page-rerender.html`);
    const tabId = await panel.tabId();
    const renders = () => page.evaluate(() => (window as unknown as { __renders: number }).__renders);
    const painted = async () =>
      Object.entries((await footprint(page)).highlights)
        .filter(([name]) => !name.startsWith('receipts-active'))
        .reduce((sum, [, n]) => sum + n, 0);
    const claims = () => panel.toPage<PageClaimsAnswer>(tabId, { type: 'page-claims' });

    const first = await settledClaims(panel, tabId);
    expect(first.claims.map((c) => c.text)).toEqual([
      'Pashinyan will not attend the CSTO summit in Minsk, his office said.',
      'The Kremlin said it regrets Pashinyan’s decision not to attend the summit.',
      'Pashinyan said Armenia has frozen its participation in the CSTO.',
    ]);
    await waitFor(async () => (await panel.badge(tabId)).text === '3', 5_000, 'badge 3');

    // Several re-renders later: the same claims, painted, and none of them found or checked anew.
    const from = await renders();
    await waitFor(async () => (await renders()) >= from + 6, 10_000, 'six re-renders');
    const later = await claims();
    expect(later.claims.map((c) => c.text)).toEqual(first.claims.map((c) => c.text));
    expect(later.version).toBe(first.version);
    expect(await painted()).toBe(3);

    for (const text of CLAIMS) {
      const point = await pointAt(page, text);
      if (!point) throw new Error(`${text}: not on screen`);
      await page.mouseMove(point.x - 5, point.y);
      await page.mouseMove(point.x, point.y);
      await waitFor(async () => (await footprint(page)).card !== null, 5_000, `the card for "${text}"`);
      const card = (await footprint(page)).card;
      const claim = later.claims.find((c) => c.text.includes(text));
      if (!claim) throw new Error(`${text}: not a claim`);
      expect(card?.text).toContain(claim.result.reason);
      // The pointer stays: the card stays through more re-renders.
      const shown = await renders();
      await waitFor(async () => (await renders()) >= shown + 4, 10_000, 'four more re-renders');
      expect((await footprint(page)).card?.text).toBe(card?.text);
      // Away from the text, the card closes.
      await page.mouseMove(2, 2);
      await waitFor(async () => (await footprint(page)).card === null, 5_000, 'the card to close');
    }
    expect((await claims()).version).toBe(first.version);
  });
});
