import { sleep } from '../groups/order';
import { measureHoversFirefox } from './hover-firefox';
import type { VisitHandle } from './recorder';

// Hover-to-card latency: the pointer moves onto a highlighted claim, and we time, on the page's own
// clock, from the pointer event to the card's content being in Receipts' shadow root, and to the
// next frame (when it is painted). The host and card selectors are the contract with
// src/content-scripts/page-app/card-host.ts (<receipts-card>) and ClaimCard.tsx beside it (the .card
// element it renders). The root is closed, so the watch runs in Receipts' own isolated world, where
// chrome.dom.openOrClosedShadowRoot reaches it; the pointer event and the clock are the same in
// every world of the page.

const HOST = 'receipts-card';
const CARD = '.card';

export interface HoverSample {
  /** Pointer event to the card in the DOM, ms. */
  domMs: number;
  /** Pointer event to the first frame after it, ms. */
  paintMs: number;
}

/** Sorts the claim ranges top to bottom once, in our world, for the hovers to pick from. */
export const COLLECT_RANGES = (names: string[]) => `(() => {
  const ranges = [];
  for (const name of ${JSON.stringify(names)}) for (const r of CSS.highlights.get(name) ?? []) ranges.push(r);
  const top = (r) => r.getBoundingClientRect().top + scrollY;
  ranges.sort((a, b) => top(a) - top(b));
  globalThis.__benchRanges = ranges;
  return ranges.length;
})()`;

/** Scrolls claim `i` to the middle of the viewport and returns a point on its first line of text. */
export const POINT_ON = (i: number) => `(async () => {
  const r = globalThis.__benchRanges[${i}];
  if (!r || !r.startContainer.isConnected) return null;
  r.startContainer.parentElement.scrollIntoView({ block: 'center', behavior: 'instant' });
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  const rect = [...r.getClientRects()].find((q) => q.width > 8 && q.height > 4);
  return rect ? { x: rect.left + Math.min(rect.width / 2, 40), y: rect.top + rect.height / 2 } : null;
})()`;

// Page-side code is passed as strings: functions compiled by tsx carry helper calls that do not
// exist in the page.
const ROOT = `((el) => el && globalThis.chrome?.dom?.openOrClosedShadowRoot(el))`;
const ARM = `(() => {
  const rootOf = ${ROOT};
  const state = window.__benchHover || (window.__benchHover = {});
  state.t0 = state.t1 = state.t2 = null;
  if (state.mo) state.mo.disconnect();
  state.root = null;
  const check = () => {
    const el = document.querySelector(${JSON.stringify(HOST)});
    const root = rootOf(el);
    // The host is created on the first hover: follow it into its shadow root as soon as it exists.
    if (root && state.root !== root) {
      state.root = root;
      state.mo.observe(root, { childList: true, subtree: true });
    }
    if (state.t0 === null || state.t1 !== null || !root || !root.querySelector(${JSON.stringify(CARD)})) return;
    state.t1 = performance.now();
    requestAnimationFrame(() => { state.t2 = performance.now(); });
  };
  state.mo = new MutationObserver(check);
  state.mo.observe(document.documentElement, { childList: true });
  check();
  addEventListener('pointermove', (event) => { state.t0 = event.timeStamp; }, { capture: true, once: true });
  return true;
})()`;

const CARD_OPEN = `Boolean(${ROOT}(document.querySelector(${JSON.stringify(HOST)}))?.querySelector(${JSON.stringify(CARD)}))`;
const HOVER_STATE =
  'window.__benchHover ? { t0: window.__benchHover.t0, t1: window.__benchHover.t1, t2: window.__benchHover.t2 } : null';

type HoverState = { t0: number | null; t1: number | null; t2: number | null } | null;

export async function until(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await sleep(20);
  }
  return false;
}

/** Hovers `count` claims spread down the page; returns one sample per card that opened, and the misses. */
export async function measureHovers(
  v: VisitHandle,
  names: string[],
  count: number,
): Promise<{ samples: HoverSample[]; misses: number; claims: number }> {
  if (v.browser.engine === 'firefox') return measureHoversFirefox(v, names, count);
  const page = v.browser.page;
  const claims = await v.evaluateInOurWorld<number>(COLLECT_RANGES(names));
  const samples: HoverSample[] = [];
  let misses = 0;
  for (let k = 0; k < Math.min(count, claims); k++) {
    // Away from every claim, and wait out the card's hide delay, so each hover opens a fresh card.
    await page.mouse.move(2, 2);
    await until(async () => !(await v.evaluateInOurWorld<boolean>(CARD_OPEN)), 3_000);
    const point = await v.evaluateInOurWorld<{ x: number; y: number } | null>(
      POINT_ON(Math.floor(((k + 0.5) * claims) / count)),
    );
    if (!point) {
      misses++;
      continue;
    }
    await v.evaluateInOurWorld(ARM);
    await page.mouse.move(point.x, point.y);
    const opened = await until(
      async () => (await v.evaluateInOurWorld<HoverState>(HOVER_STATE))?.t2 != null,
      3_000,
    );
    const s = await v.evaluateInOurWorld<HoverState>(HOVER_STATE);
    if (!opened || s?.t0 == null || s.t1 === null || s.t2 === null) misses++;
    else samples.push({ domMs: s.t1 - s.t0, paintMs: s.t2 - s.t0 });
  }
  await page.mouse.move(2, 2);
  return { samples, misses, claims };
}
