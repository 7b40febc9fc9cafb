import { expect } from 'vitest';
import { settledClaims, waitFor } from '../../src/browsers';
import { describeBrowsers, useOfflineServer } from './harness/fixtures';
import { footprint, pointAt } from './page-support';

// Claim pages built from real saved pages (tests/e2e/fixtures/make-claim-pages.ts): their markup
// as it was, their article text about the CSTO and Pashinyan.

const server = useOfflineServer();

const VERDICT_WORDS = ['Corroborated', 'Conflicting', 'Disputed', 'Related'];

describeBrowsers(({ test }) => {
  test('claims on a real page are highlighted, counted on the badge, and each card shows its evidence', async ({
    panel,
    page,
  }) => {
    const url = `${server.origin}/fixtures/claims-guardian.html`;
    await page.goto(url);
    const tabId = await panel.tabId();
    const answer = await settledClaims(panel, tabId);
    expect(answer.pageDate).toBe('2023-11-20');
    const texts = answer.claims.map((c) => c.text);
    // The sentence that starts inside the page's drop-cap spans is read whole.
    expect(texts).toContain(
      'Armenian Prime Minister Nikol Pashinyan will not attend the CSTO summit in Minsk on November 23, his office said on Tuesday.',
    );
    expect(texts).toContain('The Kremlin said it regrets Pashinyan’s decision not to attend the summit.');
    expect(texts).not.toContain('The weather in Yerevan was mild on Tuesday.');
    expect(answer.claims.length).toBeGreaterThanOrEqual(4);

    // One highlight per verdict, holding as many ranges as there are claims with that verdict.
    const seen = await footprint(page);
    const byVerdict: Record<string, number> = {};
    for (const c of answer.claims) byVerdict[c.result.verdict] = (byVerdict[c.result.verdict] ?? 0) + 1;
    for (const [verdict, count] of Object.entries(byVerdict))
      expect(seen.highlights[`receipts-${verdict}`]).toBe(count);
    expect(seen.hosts).toBe(0); // no UI host until a card opens

    await waitFor(
      async () => (await panel.badge(tabId)).text === String(answer.claims.length),
      5_000,
      'the badge',
    );

    // Hover: the card opens beside the sentence with verdict, quote, speaker and date.
    const claim = answer.claims.find((c) => c.text.startsWith('The Kremlin said')) ?? answer.claims[0];
    if (!claim) throw new Error('no claim');
    const point = await pointAt(page, 'The Kremlin said it regrets');
    if (!point) throw new Error('claim not on screen');
    await page.mouseMove(point.x - 5, point.y);
    await page.mouseMove(point.x, point.y);
    await waitFor(async () => (await footprint(page)).card !== null, 5_000, 'the card to open');
    const { card, hosts } = await footprint(page);
    expect(hosts).toBe(1);
    expect(card?.role).toBe('dialog');
    const word = VERDICT_WORDS.find((w) => claim.result.verdict === w.toLowerCase());
    expect(card?.label).toBe(`Receipts: ${word}`);
    expect(card?.text).toContain(claim.result.reason);
    const first = claim.result.evidence[0];
    if (!first) throw new Error('no evidence');
    expect(card?.text).toContain(first.speaker);
    const shownQuotes = claim.result.evidence.filter((e) => card?.text.includes(e.quote));
    expect(shownQuotes.length).toBeGreaterThan(0);
    expect(card?.text).toMatch(/[A-Z][a-z]{2} (\d{1,2}, )?\d{4}/); // "Nov 14, 2023"
    // The way to the rest: "3 more sources in the sidebar", or the sidebar itself when this is all.
    expect(card?.text).toMatch(/\d+ more sources? in the sidebar|Open in the sidebar/);

    // The card is beside the sentence and inside the viewport.
    const box = await page.inCard((root) => {
      const el = root.querySelector('.card') as HTMLElement;
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, vw: innerWidth, vh: innerHeight };
    });
    if (!box) throw new Error('no card host');
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(box.vw);
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(box.vh);
    expect(Math.min(Math.abs(box.top - point.y), Math.abs(box.bottom - point.y))).toBeLessThan(40);

    // It stays open while the pointer is on it, and closes after the pointer leaves both.
    await page.mouseMove((box.left + box.right) / 2, (box.top + box.bottom) / 2);
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect((await footprint(page)).card).not.toBeNull();
    await page.mouseMove(5, 5);
    await waitFor(async () => (await footprint(page)).card === null, 5_000, 'the card to close');
  });

  test('keyboard: the command message moves through the claims, focus goes to the card and Escape returns it', async ({
    panel,
    page,
  }) => {
    const url = `${server.origin}/fixtures/claims-telegraph.html`;
    await page.goto(url);
    const tabId = await panel.tabId();
    const answer = await settledClaims(panel, tabId);
    expect(answer.pageDate).toBe('2024-06-13');
    expect(answer.claims.map((c) => c.text)).toEqual(
      expect.arrayContaining([
        'Пашинян заявил, что Армения выйдет из ОДКБ.',
        'Փաշինյանը հայտարարել է, որ Հայաստանը դուրս է գալու ՀԱՊԿ-ից։',
      ]),
    );
    await page.evaluate(() => {
      const link = document.querySelector('a[href]') as HTMLElement;
      link.setAttribute('data-test-focus', '');
      link.focus();
    });
    // The same message the keyboard command's handler sends (src/background/commands.ts).
    const next = { type: 'navigate-claim', direction: 'next' };
    expect(await panel.toPage(tabId, next)).toEqual({ ok: true, index: 0 });
    let seen = await footprint(page);
    expect(seen.card?.focused).toBe(true);
    expect(seen.card?.label).toMatch(/^Receipts: (Corroborated|Conflicting|Disputed|Related)$/);
    expect(await panel.toPage(tabId, next)).toEqual({ ok: true, index: 1 });
    expect(await panel.toPage(tabId, { type: 'navigate-claim', direction: 'previous' })).toEqual({
      ok: true,
      index: 0,
    });
    const open = Object.entries(seen.highlights).filter(([name]) => name.startsWith('receipts-active'));
    expect(open.reduce((sum, [, n]) => sum + n, 0)).toBe(1);
    const last = answer.claims.length - 1;
    expect(await panel.toPage(tabId, { type: 'show-claim', index: last })).toEqual({ ok: true, index: last });
    seen = await footprint(page);
    expect(seen.card?.text).toContain(answer.claims[last]?.result.reason);
    // The claim was scrolled into view.
    const inView = await page.evaluate((text) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!(n as Text).data.includes(text)) continue;
        const r = (n.parentElement as Element).getBoundingClientRect();
        return r.bottom > 0 && r.top < innerHeight;
      }
      return false;
    }, 'Փաշինյանը');
    expect(inView).toBe(true);

    await page.press('Escape');
    await waitFor(async () => (await footprint(page)).card === null, 5_000, 'Escape to close the card');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-test-focus'))).toBe(true);
  });

  test('pausing the site clears the highlights and the badge at once; resuming brings them back', async ({
    panel,
    page,
  }) => {
    const url = `${server.origin}/fixtures/claims-telegraph.html`;
    await page.goto(url);
    const tabId = await panel.tabId();
    const before = await settledClaims(panel, tabId);
    expect(before.claims.length).toBeGreaterThan(0);
    await panel.setPausedSites(['127.0.0.1']);
    await waitFor(
      async () => Object.keys((await footprint(page)).highlights).length === 0,
      3_000,
      'highlights cleared',
    );
    await waitFor(async () => (await panel.badge(tabId)).text === '', 3_000, 'an empty badge');
    expect((await panel.toPage<{ state: string }>(tabId, { type: 'page-claims' })).state).toBe('paused');
    await panel.setPausedSites([]);
    const after = await settledClaims(panel, tabId);
    expect(after.claims.length).toBe(before.claims.length);
    expect((await panel.badge(tabId)).text).toBe(String(before.claims.length));
  });

  test('frames: only the top frame is read; claims inside iframes are not highlighted', async ({
    panel,
    page,
  }) => {
    const url = `${server.origin}/fixtures/page-iframe.html`;
    await page.goto(url);
    const tabId = await panel.tabId();
    const answer = await settledClaims(panel, tabId);
    expect(answer.claims.map((c) => c.text)).toEqual(['Pashinyan called the CSTO a bubble alliance.']);
    await waitFor(async () => (await panel.badge(tabId)).text === '1', 5_000, 'badge 1');
    const inFrames = await page.evaluate(() =>
      [...document.querySelectorAll('iframe')].map((frame) => {
        const doc = frame.contentDocument;
        const registry = (
          frame.contentWindow as unknown as { CSS?: { highlights?: { size: number } } } | null
        )?.CSS?.highlights;
        return {
          read: !!doc,
          hosts: doc?.querySelectorAll('receipts-card').length ?? 0,
          highlights: registry?.size ?? 0,
        };
      }),
    );
    expect(inFrames).toEqual([
      { read: true, hosts: 0, highlights: 0 },
      { read: true, hosts: 0, highlights: 0 },
    ]);
  });
});
