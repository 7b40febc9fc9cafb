import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

// Renders assets/icon.svg to public/icon/<size>.png, where WXT finds the icons and lists them in
// both manifests. The PNGs are committed, so a build needs no browser; run this (`npm run icons`)
// only after changing the SVG. Chromium rasterises the vector at each size itself, which keeps
// the 16 and 32 pixel toolbar icons sharp where scaling down a large PNG would blur them.

/** Every size Chrome and Firefox ask for: toolbar 16/32, extensions page 48/96, store and install 128. */
const ICON_SIZES = [16, 32, 48, 96, 128];
// The Chrome Web Store wants the 128 pixel icon's artwork at 96 pixels with transparent margins, so
// it sits level with other store icons; the smaller sizes use every pixel they have.
const MARGIN: Record<number, number> = { 128: 16 };

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const svg = readFileSync(join(root, 'assets/icon.svg'), 'utf8');
const outDir = join(root, 'public/icon');
mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage({ viewport: { width: 128, height: 128 }, deviceScaleFactor: 1 });
  for (const size of ICON_SIZES) {
    const margin = MARGIN[size] ?? 0;
    const art = size - 2 * margin;
    const sized = svg.replace('<svg ', `<svg width="${art}" height="${art}" `);
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;margin:${margin}px}</style>${sized}`,
    );
    const path = join(outDir, `${size}.png`);
    await page.screenshot({ path, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    console.log(`public/icon/${size}.png`);
  }
} finally {
  await browser.close();
}
