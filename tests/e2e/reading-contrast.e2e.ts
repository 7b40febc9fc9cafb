import { expect } from 'vitest';
import { type Clip, type LaunchOptions, settledClaims, type TestPage } from '../../src/browsers';
import { contrast } from '../../src/content-scripts/page-app/page-tone';
import { describeBrowserVariants, useOfflineServer } from './harness/fixtures';
import { type Colour, coloursByCount } from './harness/pixels';

// Colours follow the page, not the OS (issue 15): a dark page under a light OS scheme, and the
// light demo page under a dark one. Each claim's underline, read off a screenshot of a thin strip
// at the bottom of its first line, stands at least 3:1 against the page background behind it.

const server = useOfflineServer();

/** Roughly where each verdict's line sits on the colour wheel, light and dark set alike. */
const HUES: Record<string, number> = { conflicting: 0, outdated: 265, disputed: 34, corroborated: 140 };

interface PaintedClaim {
  name: string;
  text: string;
  clip: Clip;
  /** The first opaque background colour up from the sentence's element; white if none. */
  background: Colour;
}

/** Every claim painted by a verdict's highlight (not the open claim's), with the strip its line is in. */
const paintedClaims = (page: TestPage) =>
  page.evaluate(() => {
    const out: PaintedClaim[] = [];
    const backgroundOf = (start: Element | null): Colour => {
      for (let at = start; at; at = at.parentElement) {
        const c = (getComputedStyle(at).backgroundColor.match(/[\d.]+/g) ?? []).map(Number);
        if (c.length >= 3 && (c[3] ?? 1) >= 0.5) return c.slice(0, 3) as Colour;
      }
      return [255, 255, 255];
    };
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith('receipts-') || name.startsWith('receipts-active')) continue;
      for (const range of h as unknown as Set<Range>) {
        const box = range.getClientRects()[0];
        if (!box || box.bottom > innerHeight || box.top < 0) continue;
        const clip = {
          x: Math.round(box.left + 2),
          y: Math.round(box.top + box.height * 0.6),
          width: Math.round(Math.min(box.width - 4, 400)),
          height: Math.round(box.height * 0.4 + 4),
        };
        const node = range.startContainer;
        out.push({
          name,
          text: String(range).replace(/\s+/g, ' ').trim(),
          clip,
          background: backgroundOf(node.nodeType === 1 ? (node as Element) : node.parentElement),
        });
      }
    }
    return out;
  }) as Promise<PaintedClaim[]>;

/**
 * The line's colour in the strip: the commonest strongly coloured pixel that is not the strip's
 * commonest colour (the fill or the page behind the words). Glyphs are grey here, so the line is
 * what is left.
 */
async function lineColour(page: TestPage, clip: Clip): Promise<{ line: Colour | null; common: Colour }> {
  const sorted = await coloursByCount(page, clip);
  const common = sorted[0] ?? [0, 0, 0];
  const line = sorted.find(
    (c) =>
      Math.max(...c) - Math.min(...c) >= 40 &&
      Math.max(...c.map((v, i) => Math.abs(v - (common[i] ?? 0)))) >= 40,
  );
  return { line: line ?? null, common };
}

const hue = ([r, g, b]: Colour) => {
  const max = Math.max(r, g, b);
  const d = max - Math.min(r, g, b);
  if (d === 0) return 0;
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return (h * 60 + 360) % 360;
};
const hueGap = (a: number, b: number) => Math.min(Math.abs(a - b), 360 - Math.abs(a - b));

const CASES: {
  title: string;
  fixture: string;
  options: LaunchOptions;
  tone: 'dark' | 'light';
  least: number;
}[] = [
  {
    title: 'a dark page under a light OS scheme',
    fixture: 'reading-dark.html',
    options: { colorScheme: 'light' },
    tone: 'dark',
    least: 2,
  },
  {
    title: 'the demo page under a dark OS scheme',
    fixture: 'page-demo.html',
    options: { colorScheme: 'dark' },
    tone: 'light',
    least: 3,
  },
];

describeBrowserVariants(
  { each: CASES, title: '$title', launch: ({ options }) => options },
  ({ test }, { fixture, options, tone, least }) => {
    test.beforeAll(async ({ panel, page }) => {
      await page.goto(`${server.origin}/fixtures/${fixture}`);
      await settledClaims(panel, await panel.tabId());
      await page.mouseMove(2, 2);
    });

    test('the OS scheme is the one asked for, and each claim gets the palette of its background', async ({
      page,
    }) => {
      const os = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
      expect(os).toBe(options.colorScheme === 'dark');
      const claims = await paintedClaims(page);
      expect(claims.length).toBeGreaterThanOrEqual(least);
      for (const claim of claims)
        expect(claim.name.endsWith('-on-dark'), `${claim.name}: ${claim.text}`).toBe(tone === 'dark');
    });

    test('every painted underline is at least 3:1 against the background behind it', async ({ page }) => {
      const claims = await paintedClaims(page);
      const seen: string[] = [];
      for (const claim of claims) {
        const verdict = claim.name.replace(/^receipts-/, '').replace(/-on-dark$/, '');
        const { line, common } = await lineColour(page, claim.clip);
        const what = `${claim.name} "${claim.text.slice(0, 40)}": line ${line} on ${claim.background} (strip ${common})`;
        expect(line, what).not.toBeNull();
        const ratio = contrast(line as Colour, claim.background);
        seen.push(`${what}: ${ratio.toFixed(2)}:1`);
        expect(ratio, what).toBeGreaterThanOrEqual(3);
        const expected = HUES[verdict];
        if (expected !== undefined)
          expect(hueGap(hue(line as Colour), expected), what).toBeLessThanOrEqual(30);
      }
      console.log(seen.join('\n'));
      expect(seen.length).toBeGreaterThanOrEqual(least);
    });
  },
);
