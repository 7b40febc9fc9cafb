import { expect } from 'vitest';
import { type Clip, settledClaims, type TestPage } from '../../src/browsers';
import { contrast } from '../../src/content-scripts/page-app/page-tone';
import { describeBrowsers, useOfflineServer } from './harness/fixtures';
import { coloursInClips, type Share } from './harness/pixels';
import { DEMO_DIR } from './harness/server';

// Forced colours (Windows High Contrast and the like; issue 15): every colour becomes one of a few
// system colours, so the verdicts are told apart by their lines' styles (src/content-scripts/page-app/highlights.css),
// and every line must still be seen. On the demo article, each painted claim's line is read off a
// screenshot where no glyph can be: in the gaps between its words, below the middle of the line.
// Chromium 156 paints every custom highlight there with the system's Highlight pair, whatever the
// stylesheet asks; Firefox takes the stylesheet's Mark fill for the loud verdicts.

const LOUD = ['conflicting', 'outdated', 'disputed'];

interface Gaps {
  name: string;
  text: string;
  gaps: Clip[];
}

/** Each painted claim in view, with the spaces between the words of its lines that are in view. */
const claimGaps = (page: TestPage) =>
  page.evaluate(() => {
    const out: Gaps[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('receipts-') || name.startsWith('receipts-active')) continue;
      for (const range of highlight as unknown as Set<Range>) {
        const gaps: Clip[] = [];
        const text = String(range);
        const node = range.startContainer;
        if (node.nodeType !== Node.TEXT_NODE || node !== range.endContainer) continue;
        for (let at = text.indexOf(' '); at >= 0; at = text.indexOf(' ', at + 1)) {
          const space = document.createRange();
          space.setStart(node, range.startOffset + at);
          space.setEnd(node, range.startOffset + at + 1);
          const box = space.getClientRects()[0];
          if (!box || box.width < 3 || box.top < 0 || box.bottom + 4 > innerHeight) continue;
          gaps.push({
            x: box.left + 0.5,
            y: box.top + box.height * 0.6,
            width: box.width - 1,
            height: box.height * 0.4 + 3,
          });
        }
        if (gaps.length > 0) out.push({ name, text: text.replace(/\s+/g, ' ').trim(), gaps });
      }
    }
    return out;
  }) as Promise<Gaps[]>;

/**
 * The line in a gap: of the colours covering a twentieth of it (a 1 px line is a tenth of a gap's
 * height), the one that stands out most from its commonest.
 */
const lineContrast = (shares: Share[]) => {
  const total = shares.reduce((sum, s) => sum + s.count, 0);
  const behind = shares[0]?.colour ?? [0, 0, 0];
  return Math.max(
    1,
    ...shares.filter((s) => s.count >= Math.max(2, total / 20)).map((s) => contrast(s.colour, behind)),
  );
};

const server = useOfflineServer(DEMO_DIR);

describeBrowsers({ launch: { forcedColors: true } }, ({ test }) => {
  test.beforeAll(async ({ panel, page }) => {
    await page.goto(`${server.origin}/article.html`);
    await settledClaims(panel, await panel.tabId());
    await page.mouseMove(2, 2);
  });

  test('forced colours are on', async ({ page }) => {
    expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
  });

  test('every painted line stands at least 3:1 against what is behind it, loud and quiet verdicts alike', async ({
    page,
  }) => {
    const seen = new Set<string>();
    const report: string[] = [];
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let top = 0; top < height; top += 600) {
      await page.evaluate((y) => window.scrollTo(0, y), top);
      const claims = await claimGaps(page);
      const shares = await coloursInClips(
        page,
        claims.flatMap((c) => c.gaps),
      );
      let at = 0;
      for (const claim of claims) {
        const ratios = claim.gaps.map(() => lineContrast(shares[at++] ?? []));
        const best = Math.max(...ratios);
        const verdict = claim.name.replace(/^receipts-/, '').replace(/-on-dark$/, '');
        const what = `${claim.name} "${claim.text.slice(0, 40)}": ${best.toFixed(2)}:1 at best of ${ratios.length} gaps`;
        report.push(what);
        expect(best, what).toBeGreaterThanOrEqual(3);
        // Most gaps show the line: a line that came and went would be a dashed one at worst.
        expect(ratios.filter((r) => r >= 3).length, what).toBeGreaterThanOrEqual(ratios.length / 3);
        seen.add(verdict);
      }
    }
    console.log(report.join('\n'));
    for (const verdict of [...LOUD, 'corroborated']) expect([...seen], verdict).toContain(verdict);
  });
});
