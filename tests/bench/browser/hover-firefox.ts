import type { JSHandle, Page } from 'puppeteer-core';
import type { FirefoxBenchBrowser } from './firefox';
import { COLLECT_RANGES, type HoverSample, POINT_ON, until } from './hover';
import type { VisitHandle } from './recorder';

// Hover-to-card in Firefox. The card's closed shadow root cannot be watched from the page: only
// WebDriver BiDi reaches it (as src/browsers/card-reader.ts does), so the harness polls it,
// each poll a check run on the root that reads the page's clock when it finds the card. The
// pointer event's time is the page's own, as in Chromium; the card's is when a check first found
// it, so each sample is an upper bound, late by up to the time between two checks (one BiDi round
// trip). "Next frame" is the first animation frame after that.

const ARM = `(() => {
  window.__benchHoverT0 = null;
  addEventListener('pointermove', (event) => { window.__benchHoverT0 = event.timeStamp; }, { capture: true, once: true });
  return true;
})()`;
const NEXT_FRAME = 'new Promise((done) => requestAnimationFrame(() => done(performance.now())))';

type BidiHandle = JSHandle & {
  remoteValue(): { value?: { shadowRoot?: { sharedId?: string } | null } };
  realm: { createHandle(value: unknown): JSHandle };
};

/** The card host's closed shadow root, kept while the same host is on the page. */
class CardRoot {
  private root: JSHandle | null = null;
  constructor(private readonly page: Page) {}

  /** The page's clock when the card was found open, or null when it is not. */
  async openAt(): Promise<number | null> {
    const root = this.root ?? (await this.find());
    if (!root) return null;
    // An inline arrow, which tsx leaves as it is (a named function would carry its helper calls).
    const at = await root
      .evaluate((r) => {
        const shadow = r as unknown as ShadowRoot;
        if (!shadow.host.isConnected) return 'gone';
        return shadow.querySelector('.card') ? performance.now() : null;
      })
      .catch(() => 'gone');
    if (at !== 'gone') return at as number | null;
    await this.dispose();
    return null;
  }

  private async find(): Promise<JSHandle | null> {
    const host = (await this.page.evaluateHandle(`document.querySelector('receipts-card')`)) as BidiHandle;
    const shadow = host.remoteValue().value?.shadowRoot;
    this.root = shadow?.sharedId ? host.realm.createHandle(shadow) : null;
    await host.dispose().catch(() => {});
    return this.root;
  }

  async dispose() {
    await this.root?.dispose().catch(() => {});
    this.root = null;
  }
}

export async function measureHoversFirefox(
  v: VisitHandle,
  names: string[],
  count: number,
): Promise<{ samples: HoverSample[]; misses: number; claims: number }> {
  const page = (v.browser as FirefoxBenchBrowser).tab;
  const claims = await v.evaluateInOurWorld<number>(COLLECT_RANGES(names));
  const samples: HoverSample[] = [];
  const card = new CardRoot(page);
  let misses = 0;
  for (let k = 0; k < Math.min(count, claims); k++) {
    await page.mouse.move(2, 2);
    await until(async () => (await card.openAt()) === null, 3_000);
    const point = await v.evaluateInOurWorld<{ x: number; y: number } | null>(
      POINT_ON(Math.floor(((k + 0.5) * claims) / count)),
    );
    if (!point) {
      misses++;
      continue;
    }
    await page.evaluate(ARM);
    await page.mouse.move(point.x, point.y);
    let t1: number | null = null;
    const deadline = Date.now() + 3_000;
    while (t1 === null && Date.now() < deadline) t1 = await card.openAt();
    const t2 = t1 === null ? null : ((await page.evaluate(NEXT_FRAME)) as number);
    const t0 = (await page.evaluate('window.__benchHoverT0')) as number | null;
    if (t0 == null || t1 === null || t2 === null) misses++;
    else samples.push({ domMs: t1 - t0, paintMs: t2 - t0 });
  }
  await page.mouse.move(2, 2);
  await card.dispose();
  return { samples, misses, claims };
}
