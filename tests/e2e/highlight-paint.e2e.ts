import { expect } from 'vitest';
import { type Clip, settledClaims, type TestPage, waitFor } from '../../src/browsers';
import { describeBrowsers, useOfflineServer } from './harness/fixtures';
import { type Colour, coloursByCount, distance } from './harness/pixels';
import { footprint, paintedLines, pointAt } from './page-support';

// What the reader sees painted, read off screenshots, not computed styles: Chromium computes the
// fill a user stylesheet gives a ::highlight and paints nothing, which a test of getComputedStyle
// never noticed (src/content-scripts/page-app/highlight-fills.css). On the demo, the conflicting sentence is filled, a
// corroborated one only underlined, and the claim whose card is open a fill of its own verdict's hue.

const server = useOfflineServer();
const CONFLICT = 'According to Minsk, Lukashenko urged Pashinyan to act quickly.';
const AGREE = 'The Kremlin said it regrets Pashinyan’s decision not to attend the summit.';

/** The first line box of a painted claim, without its lower part where the underline runs. */
const lineTop = async (page: TestPage, text: string): Promise<Clip | null> => {
  const first = (await paintedLines(page, text, false))?.lines[0];
  return first
    ? {
        x: first.left + 2,
        y: first.top + 2,
        width: first.right - first.left - 4,
        height: (first.bottom - first.top) * 0.55,
      }
    : null;
};

/** The colour most pixels of the clip have: the fill behind the words, since glyphs cover the lesser part of a line. */
const commonColour = async (page: TestPage, clip: Clip): Promise<Colour> =>
  (await coloursByCount(page, clip))[0] ?? [0, 0, 0];

const pageBackground = (page: TestPage) =>
  page.evaluate(() => {
    const channels = (getComputedStyle(document.body).backgroundColor.match(/\d+/g) ?? []).map(Number);
    return channels.slice(0, 3) as Colour;
  });

describeBrowsers(({ test }) => {
  test.beforeAll(async ({ panel, page }) => {
    await page.goto(`${server.origin}/fixtures/page-demo.html`);
    const { claims } = await settledClaims(panel, await panel.tabId());
    const verdicts = Object.fromEntries(claims.map((c) => [c.text, c.result.verdict]));
    expect([verdicts[CONFLICT], verdicts[AGREE]]).toEqual(['conflicting', 'corroborated']);
    await page.mouseMove(2, 2);
  });

  const clipOf = async (page: TestPage, text: string) => {
    const clip = await lineTop(page, text);
    if (!clip) throw new Error(`"${text}" is not painted`);
    return clip;
  };

  test('a conflicting sentence is filled red, a corroborated one is not filled', async ({ page }) => {
    const background = await pageBackground(page);
    const conflict = await commonColour(page, await clipOf(page, CONFLICT));
    const agree = await commonColour(page, await clipOf(page, AGREE));
    // rgb(214 40 40 / 0.2) over the page's near-white: red stays, green and blue drop by about 40.
    expect(distance(conflict, background), `fill ${conflict} on ${background}`).toBeGreaterThan(20);
    expect(conflict[0] - conflict[1], `fill ${conflict}`).toBeGreaterThan(20);
    expect(distance(agree, background), `no fill ${agree} on ${background}`).toBeLessThanOrEqual(3);
  });

  /** Opens the claim's card by pointing at it; returns its strip's colour before and after. */
  const open = async (page: TestPage, text: string) => {
    await page.mouseMove(2, 2);
    await waitFor(async () => (await footprint(page)).card === null, 5_000, 'no card open');
    const clip = await clipOf(page, text);
    const before = await commonColour(page, clip);
    const point = await pointAt(page, text);
    if (!point) throw new Error('claim not on screen');
    await page.mouseMove(point.x, point.y);
    let after: Colour = before;
    await waitFor(
      async () => {
        after = await commonColour(page, await clipOf(page, text));
        return distance(after, before) > 20;
      },
      5_000,
      'the open claim to change',
    );
    return { before, after };
  };

  // The open claim gets a second fill of its own verdict's hue (issue 15): a blue tint for every
  // verdict turned red to purple and amber to grey.
  test('an open conflicting claim turns a deeper red, not purple', async ({ page }) => {
    const { before, after } = await open(page, CONFLICT);
    expect(after[0] - after[1], `open ${after}, closed ${before}`).toBeGreaterThan(before[0] - before[1]);
    expect(after[0] - after[2], `open ${after}`).toBeGreaterThan(40);
  });

  test('an open corroborated claim gets a faint green of its own, not blue', async ({ page }) => {
    const { before, after } = await open(page, AGREE);
    expect(after[1], `open ${after}, closed ${before}`).toBeGreaterThan(after[0]);
    expect(after[1], `open ${after}`).toBeGreaterThan(after[2]);
  });
});
