import { HIGHLIGHT_NAMES } from '../../../src/content-scripts/page-app/highlights';
import { sleep } from '../groups/order';
import type { VisitHandle } from './recorder';

// Watches Receipts' CSS Custom Highlights from inside its own isolated world (the registry entries
// it sets are only reachable there), once a frame: each time the number of painted claim ranges
// changes, it notes performance.now() and the count. A count seen in a frame's animation callback
// is painted in that same frame, so the note is when the reader could first see it.

const NAMES = Object.values(HIGHLIGHT_NAMES);

const PROBE = `(() => {
  if (globalThis.__benchHighlights) return true;
  const names = ${JSON.stringify(NAMES)};
  const log = [];
  let last = -1;
  let running = true;
  const count = () => names.reduce((n, name) => n + (CSS.highlights.get(name)?.size ?? 0), 0);
  const tick = () => {
    const n = count();
    if (n !== last) { last = n; log.push([performance.now(), n]); }
    if (running) requestAnimationFrame(tick);
  };
  tick();
  globalThis.__benchHighlights = { log, stop: () => { running = false; } };
  return true;
})()`;

/** [page time in ms, painted claim ranges], one entry per change. */
export type HighlightLog = [number, number][];

export async function startHighlightProbe(v: VisitHandle): Promise<boolean> {
  if ((await v.ourWorld(10_000)) === null) return false;
  return v.evaluateInOurWorld<boolean>(PROBE);
}

export const readHighlightLog = (v: VisitHandle) =>
  v.evaluateInOurWorld<HighlightLog>('globalThis.__benchHighlights ? globalThis.__benchHighlights.log : []');

/**
 * Waits until the highlights have stopped changing for `quietMs` (and `ready()` holds, e.g. a live
 * blog has added all its entries), or until `timeoutMs`.
 */
export async function waitForQuietHighlights(
  v: VisitHandle,
  {
    quietMs,
    timeoutMs,
    ready = async () => true,
  }: { quietMs: number; timeoutMs: number; ready?: () => Promise<boolean> },
): Promise<HighlightLog> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await sleep(250);
    const log = await readHighlightLog(v);
    const now = await v.evaluateInOurWorld<number>('performance.now()');
    const last = log[log.length - 1];
    const quiet = last !== undefined && last[1] > 0 && now - last[0] >= quietMs;
    if ((quiet && (await ready())) || Date.now() > deadline) {
      await v.evaluateInOurWorld('globalThis.__benchHighlights?.stop(), true');
      return log;
    }
  }
}
