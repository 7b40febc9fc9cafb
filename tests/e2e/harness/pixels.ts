import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clip, TestPage } from '../../../src/browsers';

export type Colour = [number, number, number];

/**
 * The colours of a clip of the page as the reader sees it (a screenshot, not computed styles), the
 * commonest first. Decoded by the page's own canvas, so no image library is needed.
 */
export async function coloursByCount(page: TestPage, clip: Clip): Promise<Colour[]> {
  const file = join(tmpdir(), `receipts-pixels-${process.pid}-${Date.now()}.png`);
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
    return [...counts].sort((a, b) => b[1] - a[1]).map(([key]) => key.split(',').map(Number) as Colour);
  }, png);
}

/** The largest difference between two colours in any channel. */
export const distance = (a: Colour, b: Colour) => Math.max(...a.map((v, i) => Math.abs(v - (b[i] ?? 0))));
