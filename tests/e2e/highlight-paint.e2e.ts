import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BROWSERS, type Clip, type TestBrowser, type TestPage, waitFor } from './harness/browsers';
import { openPanel, pointAt, settledClaims, useOfflineServer } from './page-support';

// What the reader sees painted, read off screenshots, not computed styles: Chromium computes the
// fill a user stylesheet gives a ::highlight and paints nothing, which a test of getComputedStyle
// never noticed (src/page/highlight-fills.css). On the demo, the conflicting sentence is filled, a
// corroborated one only underlined, and the claim whose card is open gets the open-claim tint.

const server = useOfflineServer();
const CONFLICT = 'According to Minsk, Lukashenko urged Pashinyan to act quickly.';
const AGREE = 'The Kremlin said it regrets Pashinyan’s decision not to attend the summit.';

type Colour = [number, number, number];

/** The first line box of a painted claim, without its lower part where the underline runs. */
const lineTop = (page: TestPage, text: string) =>
  page.evaluate((wanted) => {
    const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
    for (const [name, h] of CSS.highlights) {
      if (name === 'receipts-active') continue;
      for (const range of h as unknown as Set<Range>) {
        if (norm(String(range)) !== wanted) continue;
        const box = range.getClientRects()[0];
        if (!box) return null;
        return { x: box.left + 2, y: box.top + 2, width: box.width - 4, height: box.height * 0.55 };
      }
    }
    return null;
  }, text);

/**
 * The colour most pixels of the clip have in a screenshot: the fill behind the words, since glyphs
 * cover the lesser part of a line. Decoded by the page's own canvas, so no image library is needed.
 */
async function commonColour(page: TestPage, clip: Clip): Promise<Colour> {
  const file = join(tmpdir(), `receipts-paint-${process.pid}-${Date.now()}.png`);
  await page.screenshot(file, clip);
  const png = (await readFile(file)).toString('base64');
  await rm(file, { force: true });
  return page.evaluate(async (data) => {
    const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${data}`)).blob());
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, image.height).data;
    const counts = new Map<string, number>();
    for (let i = 0; i < pixels.length; i += 4) {
      const key = `${pixels[i]},${pixels[i + 1]},${pixels[i + 2]}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const [top = '0,0,0'] = [...counts].sort((a, b) => b[1] - a[1]).map(([key]) => key);
    return top.split(',').map(Number) as Colour;
  }, png);
}

const pageBackground = (page: TestPage) =>
  page.evaluate(() => {
    const channels = (getComputedStyle(document.body).backgroundColor.match(/\d+/g) ?? []).map(Number);
    return channels.slice(0, 3) as Colour;
  });

const distance = (a: Colour, b: Colour) => Math.max(...a.map((v, i) => Math.abs(v - (b[i] ?? 0))));

describe.each(BROWSERS)('$name', ({ launch }) => {
  let browser: TestBrowser;
  let page: TestPage;
  beforeAll(async () => {
    browser = await launch();
    const panel = await openPanel(browser);
    page = await browser.newPage();
    await page.goto(`${server.origin}/fixtures/page-demo.html`);
    const { claims } = await settledClaims(panel, await panel.tabId());
    const verdicts = Object.fromEntries(claims.map((c) => [c.text, c.result.verdict]));
    expect([verdicts[CONFLICT], verdicts[AGREE]]).toEqual(['conflicting', 'corroborated']);
    await page.mouseMove(2, 2);
  });
  afterAll(() => browser?.close());

  const clipOf = async (text: string) => {
    const clip = await lineTop(page, text);
    if (!clip) throw new Error(`"${text}" is not painted`);
    return clip;
  };

  test('a conflicting sentence is filled red, a corroborated one is not filled', async () => {
    const background = await pageBackground(page);
    const conflict = await commonColour(page, await clipOf(CONFLICT));
    const agree = await commonColour(page, await clipOf(AGREE));
    // rgb(214 40 40 / 0.2) over the page's near-white: red stays, green and blue drop by about 40.
    expect(distance(conflict, background), `fill ${conflict} on ${background}`).toBeGreaterThan(20);
    expect(conflict[0] - conflict[1], `fill ${conflict}`).toBeGreaterThan(20);
    expect(distance(agree, background), `no fill ${agree} on ${background}`).toBeLessThanOrEqual(3);
  });

  test('the claim whose card is open gets the open-claim tint', async () => {
    const clip = await clipOf(AGREE);
    const before = await commonColour(page, clip);
    const point = await pointAt(page, AGREE);
    if (!point) throw new Error('claim not on screen');
    await page.mouseMove(point.x, point.y);
    let tinted: Colour = before;
    await waitFor(
      async () => {
        tinted = await commonColour(page, await clipOf(AGREE));
        return distance(tinted, before) > 20;
      },
      5_000,
      'the open-claim tint',
    );
    // rgb(30 110 255 / 0.2): blue stays highest.
    expect(tinted[2], `tint ${tinted}`).toBeGreaterThan(tinted[0]);
  });
});
