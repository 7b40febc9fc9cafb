import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clip, TestPage } from '../../../src/browsers';

export type Colour = [number, number, number];

/** A colour of a clip and how many device pixels of the clip have it. */
export interface Share {
  colour: Colour;
  count: number;
}

/**
 * The colours of each clip of the page as the reader sees it (one screenshot of the viewport, not
 * computed styles), the commonest first. Decoded by the page's own canvas, so no image library is
 * needed; one screenshot for many clips, since one each would take seconds.
 */
export async function coloursInClips(page: TestPage, clips: Clip[]): Promise<Share[][]> {
  const file = join(tmpdir(), `receipts-pixels-${process.pid}-${Date.now()}.png`);
  await page.screenshot(file);
  const png = (await readFile(file)).toString('base64');
  await rm(file, { force: true });
  return page.evaluate(
    async ({ data, clips }) => {
      const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${data}`)).blob());
      // The screenshot is in device pixels, the clips in CSS pixels; both count a scroll bar's width.
      const scale = image.width / innerWidth || 1;
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
      context.drawImage(image, 0, 0);
      return clips.map((clip) => {
        const pixels = context.getImageData(
          Math.round(clip.x * scale),
          Math.round(clip.y * scale),
          Math.max(1, Math.round(clip.width * scale)),
          Math.max(1, Math.round(clip.height * scale)),
        ).data;
        const counts = new Map<string, number>();
        for (let i = 0; i < pixels.length; i += 4) {
          const key = `${pixels[i]},${pixels[i + 1]},${pixels[i + 2]}`;
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
        return [...counts]
          .sort((a, b) => b[1] - a[1])
          .map(([key, count]) => ({ colour: key.split(',').map(Number) as Colour, count }));
      });
    },
    { data: png, clips },
  );
}

/** The colours of one clip, the commonest first. */
export async function coloursByCount(page: TestPage, clip: Clip): Promise<Colour[]> {
  const [shares] = await coloursInClips(page, [clip]);
  return (shares ?? []).map((share) => share.colour);
}

/** The largest difference between two colours in any channel. */
export const distance = (a: Colour, b: Colour) => Math.max(...a.map((v, i) => Math.abs(v - (b[i] ?? 0))));
