import { HIGHLIGHT_NAMES } from '../../../src/content-scripts/page-app/highlights';
import { type HighlightLog, startHighlightProbe, waitForQuietHighlights } from '../browser/highlight-probe';
import { type HoverSample, measureHovers } from '../browser/hover';
import type { BenchRecorder, VisitHandle, VisitRecord } from '../browser/recorder';
import type { ContenderId } from '../contenders/build';
import { sleep, visitOrder } from './order';

export interface DenseVisit {
  page: 'long-article' | 'live-blog';
  contender: ContenderId;
  rep: number;
  record: VisitRecord;
  /** Receipts only: every change in the number of painted claim ranges. */
  highlights: HighlightLog | null;
  /** Live blog only: when the page added each entry (page clock, ms). */
  added: { i: number; t: number; claims: number }[] | null;
  hovers: { samples: HoverSample[]; misses: number; claims: number } | null;
}

/** Receipts is done with a page when its highlights have not changed for this long. */
const QUIET_MS = 1_500;
/** The other contenders work synchronously at document idle; this covers them with room to spare. */
const FIXED_SETTLE_MS = 1_000;

const isReceipts = (v: VisitHandle) => v.browser.contender.id === 'receipts';

async function settleLongArticle(v: VisitHandle): Promise<HighlightLog | null> {
  if (!isReceipts(v)) {
    await sleep(FIXED_SETTLE_MS);
    return null;
  }
  if (!(await startHighlightProbe(v))) return null;
  return waitForQuietHighlights(v, { quietMs: QUIET_MS, timeoutMs: 30_000 });
}

export async function runLongArticle(
  recorders: ReadonlyMap<ContenderId, BenchRecorder>,
  url: string,
  reps: number,
  hoversPerVisit: number,
): Promise<DenseVisit[]> {
  const visits: DenseVisit[] = [];
  const ids = [...recorders.keys()];
  for (let rep = 0; rep < reps; rep++) {
    for (const id of visitOrder(ids, rep, rep)) {
      const recorder = recorders.get(id);
      if (!recorder) continue;
      const { record, settled, probed } = await recorder.visit(url, settleLongArticle, async (v) =>
        isReceipts(v) ? measureHovers(v, Object.values(HIGHLIGHT_NAMES), hoversPerVisit) : null,
      );
      visits.push({
        page: 'long-article',
        contender: id,
        rep,
        record,
        highlights: settled,
        added: null,
        hovers: probed,
      });
    }
  }
  for (const recorder of recorders.values()) await recorder.flush();
  return visits;
}

type LiveLog = { added: { i: number; t: number; claims: number }[]; done: boolean } | null;
const readLive = (v: VisitHandle) => v.browser.page.evaluate<LiveLog>('window.__benchLiveBlog ?? null');

async function settleLiveBlog(v: VisitHandle): Promise<{ log: HighlightLog | null; added: LiveLog }> {
  const allAdded = async () => (await readLive(v))?.done === true;
  if (!isReceipts(v)) {
    while (!(await allAdded())) await sleep(250);
    await sleep(QUIET_MS);
    return { log: null, added: await readLive(v) };
  }
  if (!(await startHighlightProbe(v))) return { log: null, added: await readLive(v) };
  const log = await waitForQuietHighlights(v, { quietMs: QUIET_MS, timeoutMs: 60_000, ready: allAdded });
  return { log, added: await readLive(v) };
}

/** The live blog is visited by Receipts and the baseline only: the other contenders run once at idle. */
export async function runLiveBlog(
  recorders: ReadonlyMap<ContenderId, BenchRecorder>,
  url: string,
  reps: number,
): Promise<DenseVisit[]> {
  const visits: DenseVisit[] = [];
  const ids = [...recorders.keys()].filter((id) => id === 'receipts' || id === 'baseline');
  for (let rep = 0; rep < reps; rep++) {
    for (const id of visitOrder(ids, rep)) {
      const recorder = recorders.get(id);
      if (!recorder) continue;
      const { record, settled } = await recorder.visit(url, settleLiveBlog, async () => null);
      visits.push({
        page: 'live-blog',
        contender: id,
        rep,
        record,
        highlights: settled?.log ?? null,
        added: settled?.added?.added ?? null,
        hovers: null,
      });
    }
  }
  for (const recorder of recorders.values()) await recorder.flush();
  return visits;
}
