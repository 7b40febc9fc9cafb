import { expect } from 'vitest';
import { type Panel, settledClaims, type TestPage, waitFor } from '../../src/browsers';
import { describeBrowsers, useOfflineServer } from './harness/fixtures';
import { pointAt } from './page-support';

// Issue 20: what Receipts shows as its verdict cannot be rewritten or restyled by the page. The
// pages do what the security review's probes did: a script that moves the "Conflicting" ranges into
// the corroborated highlight and rewrites the open card (fixtures/security-relabel.html), and CSS
// alone that hides the card and paints the conflict green (fixtures/security-restyle.html). The
// reader must still see "Conflicting", in the card and in the highlight's style, or be told.

const server = useOfflineServer();
const CONFLICT = 'Armenia has formally withdrawn from the CSTO.';
const AGREE = 'Pashinyan called the CSTO a bubble alliance.';

interface CardSeen {
  label: string | null;
  verdict: string;
  reason: string;
  interfered: string | null;
  visibility: string;
  width: number;
  height: number;
}

describeBrowsers(({ name, test }) => {
  async function load(panel: Panel, page: TestPage, fixture: string) {
    await page.goto(`${server.origin}/fixtures/${fixture}`);
    const tabId = await panel.tabId();
    const { claims } = await settledClaims(panel, tabId);
    // What the engine decided, from the page app's answer (the popup's source), not from the page.
    expect(Object.fromEntries(claims.map((c) => [c.text, c.result.verdict]))).toEqual({
      [CONFLICT]: 'conflicting',
      [AGREE]: 'corroborated',
    });
  }

  const readCard = (page: TestPage) =>
    page.inCard((root): CardSeen | null => {
      const card = root.querySelector('.card');
      if (!card) return null;
      const box = card.getBoundingClientRect();
      return {
        label: card.getAttribute('aria-label'),
        verdict: card.querySelector('.verdict')?.textContent ?? '',
        reason: card.querySelector('.card-reason')?.textContent ?? '',
        interfered: card.querySelector('.interfered')?.textContent ?? null,
        visibility: getComputedStyle(card).visibility,
        width: box.width,
        height: box.height,
      };
    });

  async function hover(page: TestPage, text: string): Promise<CardSeen> {
    await page.mouseMove(2, 2);
    await waitFor(async () => (await readCard(page)) === null, 5_000, 'no card open');
    const point = await pointAt(page, text);
    if (!point) throw new Error(`cannot point at "${text}"`);
    await page.mouseMove(point.x, point.y);
    let card: CardSeen | null = null;
    await waitFor(
      async () => {
        card = await readCard(page);
        return card !== null;
      },
      5_000,
      `the card of "${text}"`,
    );
    return card as unknown as CardSeen;
  }

  /** The text of each range in each of the page's highlights, as the page's own script sees them. */
  const painted = (page: TestPage) =>
    page.evaluate(() => {
      const out: Record<string, string[]> = {};
      CSS.highlights.forEach((h, name) => {
        out[name] = [...(h as unknown as Set<Range>)].map(String);
      });
      return out;
    });

  test('a script that moves the conflict into the corroborated highlight and rewrites the card: the reader still sees Conflicting, and is told', async ({
    panel,
    page,
  }) => {
    await load(panel, page, 'security-relabel.html');
    const quiet = await hover(page, CONFLICT);
    // Nothing flagged on a page that has not touched anything yet.
    expect(quiet.interfered).toBeNull();
    await page.mouseMove(2, 2);
    expect(await page.evaluate(() => (window as unknown as { __relabel: () => number }).__relabel())).toBe(1);
    const card = await hover(page, CONFLICT);
    // The page finds no shadow root to rewrite the card through.
    expect(
      await page.evaluate(() => (window as unknown as { __rewriteCard: () => boolean }).__rewriteCard()),
    ).toBe(false);
    const after = await readCard(page);
    for (const seen of [card, after]) {
      expect(seen?.label).toBe('Receipts: Conflicting');
      expect(seen?.verdict).toContain('Conflicting');
      expect(seen?.reason).not.toBe('The record says the same.');
      expect(seen?.interfered).toMatch(/tried to change Receipts’ highlights/);
    }
    // The highlight was put back before the card opened: the conflict is painted as a conflict.
    const now = await painted(page);
    expect(now['receipts-conflicting']).toEqual([CONFLICT]);
    expect(now['receipts-corroborated']).toEqual([AGREE]);
  });

  test('without a hover, the highlights are put back within seconds', async ({ panel, page }) => {
    await load(panel, page, 'security-relabel.html');
    expect(await page.evaluate(() => (window as unknown as { __relabel: () => number }).__relabel())).toBe(1);
    expect((await painted(page))['receipts-conflicting']).toEqual([]);
    await waitFor(
      async () => {
        const now = await painted(page);
        return (
          now['receipts-conflicting']?.join() === CONFLICT && now['receipts-corroborated']?.join() === AGREE
        );
      },
      6_000,
      'the highlights to be put back',
    );
  });

  test('a highlight of the page registered in place of ours is replaced by ours', async ({ panel, page }) => {
    await load(panel, page, 'security-relabel.html');
    await page.evaluate(() => (window as unknown as { __replaceEntry: () => boolean }).__replaceEntry());
    const card = await hover(page, AGREE);
    expect(card.label).toBe('Receipts: Corroborated');
    expect(card.interfered).toMatch(/tried to change Receipts’ highlights/);
    expect((await painted(page))['receipts-corroborated']).toEqual([AGREE]);
  });

  test('CSS alone neither hides the card nor changes the line that carries the conflict', async ({
    panel,
    page,
  }) => {
    await load(panel, page, 'security-restyle.html');
    const card = await hover(page, CONFLICT);
    expect(card.label).toBe('Receipts: Conflicting');
    expect(card.visibility).toBe('visible');
    expect(card.width).toBeGreaterThan(100);
    expect(card.height).toBeGreaterThan(40);
    const host = await page.evaluate(() => {
      const el = document.querySelector('receipts-card') as HTMLElement;
      const style = getComputedStyle(el);
      return { display: style.display, visibility: style.visibility, opacity: style.opacity };
    });
    expect(host).toEqual({ display: 'inline', visibility: 'visible', opacity: '1' });
    const paint = await page.evaluate(() => {
      const style = getComputedStyle(
        document.getElementById('conflict') as Element,
        '::highlight(receipts-conflicting)',
      );
      return {
        background: style.backgroundColor,
        line: style.textDecorationLine,
        style: style.textDecorationStyle,
        colour: style.textDecorationColor,
        shadow: style.textShadow,
      };
    });
    // src/content-scripts/page-app/highlights.css, the light scheme: wavy red underline, no glow. The translucent red
    // fill is ours too in Firefox; Chromium paints no fill from a user stylesheet, so there the fill
    // is an author one the page can outrank (src/content-scripts/page-app/highlight-fills.css), and the line is what holds.
    expect(paint).toEqual({
      background: name === 'firefox' ? 'rgba(214, 40, 40, 0.2)' : 'rgba(40, 160, 70, 0.2)',
      line: 'underline',
      style: 'wavy',
      colour: 'rgb(190, 30, 30)',
      shadow: 'none',
    });
  });
});
