import type { BenchRecorder, VisitHandle, VisitRecord } from '../browser/recorder';
import type { ContenderId } from '../contenders/build';
import { sleep, visitOrder } from './order';

export interface PageVisit {
  page: string;
  contender: ContenderId;
  rep: number;
  record: VisitRecord;
}

/**
 * Document idle comes at the latest right after the load event, and every contender's work on a
 * page without mentions is synchronous, so a fixed pause after load covers it; the same pause for
 * all, the baseline included, keeps the visits alike. (Receipts' asynchronous tail on such a page,
 * a storage read and the first test, ends within ~40 ms of injection.)
 */
const SETTLE_MS = 200;

/**
 * The contenders the budgets compare (floor, peer, Receipts) visit every page. The two that are
 * there for reference visit half of them each, to keep the run near ten minutes: the baseline
 * (needed only for the memory figure) the even ones, the naive scan pages 0, 1, 4, 5, 8, 9 ... (so
 * a quarter of the pages have both, for its memory figure).
 */
const VISITS: Partial<Record<ContenderId, (i: number) => boolean>> = {
  baseline: (i) => i % 2 === 0,
  naive: (i) => i % 4 < 2,
};
const visits = (id: ContenderId, i: number) => VISITS[id]?.(i) ?? true;

async function settleQuiet(v: VisitHandle): Promise<void> {
  await sleep(SETTLE_MS);
  // A content script that has not run by now (a very slow page) gets a little longer.
  if (v.browser.contender.extensionName) await v.ourWorld(3_000);
}

export async function runNoMention(
  recorders: ReadonlyMap<ContenderId, BenchRecorder>,
  pages: readonly { name: string; url: string }[],
  reps: number,
  onProgress: (done: number, total: number) => void,
): Promise<PageVisit[]> {
  const done: PageVisit[] = [];
  const ids = [...recorders.keys()];
  const total = reps * pages.reduce((n, _, i) => n + ids.filter((id) => visits(id, i)).length, 0);
  for (let rep = 0; rep < reps; rep++) {
    for (const [i, page] of pages.entries()) {
      for (const id of visitOrder(
        ids.filter((c) => visits(c, i)),
        i,
        rep,
      )) {
        const recorder = recorders.get(id);
        if (!recorder) continue;
        const { record } = await recorder.visit(page.url, settleQuiet, async () => null);
        done.push({ page: page.name, contender: id, rep, record });
        onProgress(done.length, total);
      }
    }
  }
  for (const recorder of recorders.values()) await recorder.flush();
  return done;
}
