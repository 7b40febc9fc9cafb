import { frameAfter } from '../browser/attribute';
import type { VisitRecord } from '../browser/recorder';
import type { DenseVisit } from '../groups/claim-dense';
import { median, type Summary, summarize } from '../stats';
import { MEASURED, type Measured } from './no-mention';

/** The trace time (µs) of a moment on the page's clock (ms), through the visit's sync mark. */
function traceTs(record: VisitRecord, pageMs: number): number | null {
  const { traceTs: ts, pageMs: at } = record.sync;
  return ts === null ? null : ts + (pageMs - at) * 1000;
}

/**
 * ms from document idle (our script's injection) to the first frame committed after a moment on
 * the page's clock: the moment a change the page made (or we saw) reached the screen.
 */
function sinceIdle(record: VisitRecord, pageMs: number): number {
  const a = record.attribution;
  const at = traceTs(record, pageMs);
  const frame = a && at !== null ? frameAfter(a, at) : null;
  return a?.firstTs == null || frame === null ? Number.NaN : (frame - a.firstTs) / 1000;
}

export interface LongArticleFigures {
  visits: number;
  contenders: Partial<
    Record<Measured, { ourMs: Summary; ourWallMs: Summary; longestTaskMs: Summary; heapAddedKB: Summary }>
  >;
  receipts: {
    /** Document idle to the last change in painted claim ranges. */
    idleToAllPaintedMs: Summary;
    idleToFirstPaintedMs: Summary;
    highlighted: Summary;
    tasksOver50ms: number;
    hover: { domMs: Summary; paintMs: Summary; misses: number };
  } | null;
  /** The peer marks synchronously at idle: idle to the first frame committed after its work. */
  peerIdleToPaintedMs: Summary | null;
  ratios: { overFloor: number; overPeer: number } | null;
}

export function analyzeLongArticle(visits: DenseVisit[]): LongArticleFigures {
  const of = (id: string) => visits.filter((v) => v.contender === id && !v.record.loadError);
  const baselineHeap = median(of('baseline').map((v) => v.record.heapUsed));
  const contenders: LongArticleFigures['contenders'] = {};
  for (const id of MEASURED) {
    const mine = of(id);
    if (!mine.length) continue;
    contenders[id] = {
      ourMs: summarize(mine.map((v) => v.record.attribution?.ourMs ?? Number.NaN)),
      ourWallMs: summarize(mine.map((v) => v.record.attribution?.ourWallMs ?? Number.NaN)),
      longestTaskMs: summarize(mine.map((v) => v.record.attribution?.longestTaskMs ?? Number.NaN)),
      heapAddedKB: summarize(mine.map((v) => (v.record.heapUsed - baselineHeap) / 1024)),
    };
  }
  const receipts = of('receipts');
  const logs = receipts.filter((v) => v.highlights?.length);
  const hovers = receipts.flatMap((v) => v.hovers?.samples ?? []);
  const peer = of('peer').map((v) => {
    const a = v.record.attribution;
    const frame = a?.lastTs != null ? frameAfter(a, a.lastTs) : null;
    return a?.firstTs != null && frame !== null ? (frame - a.firstTs) / 1000 : Number.NaN;
  });
  const r = contenders.receipts?.ourMs.median;
  return {
    visits: visits.length,
    contenders,
    receipts: receipts.length
      ? {
          idleToAllPaintedMs: summarize(
            logs.map((v) =>
              sinceIdle(v.record, (v.highlights?.[v.highlights.length - 1] ?? [Number.NaN])[0]),
            ),
          ),
          idleToFirstPaintedMs: summarize(
            logs.map((v) => sinceIdle(v.record, v.highlights?.find(([, n]) => n > 0)?.[0] ?? Number.NaN)),
          ),
          highlighted: summarize(logs.map((v) => v.highlights?.[v.highlights.length - 1]?.[1] ?? 0)),
          tasksOver50ms: receipts.reduce((n, v) => n + (v.record.attribution?.tasksOver50ms ?? 0), 0),
          hover: {
            domMs: summarize(hovers.map((h) => h.domMs)),
            paintMs: summarize(hovers.map((h) => h.paintMs)),
            misses: receipts.reduce((n, v) => n + (v.hovers?.misses ?? 0), 0),
          },
        }
      : null,
    peerIdleToPaintedMs: peer.length ? summarize(peer) : null,
    ratios:
      r !== undefined && contenders.floor && contenders.peer
        ? { overFloor: r / contenders.floor.ourMs.median, overPeer: r / contenders.peer.ourMs.median }
        : null,
  };
}

export interface LiveBlogFigures {
  visits: number;
  entriesPerVisit: number;
  /** Document idle to the initial entries' highlights, ms. */
  initialIdleToPaintedMs: Summary;
  /** The page adding an entry to the frame that shows its claims highlighted, ms. */
  entryToPaintedMs: Summary;
  missedEntries: number;
  ourMs: Summary;
  longestTaskMs: Summary;
  tasksOver50ms: number;
  heapAddedKB: Summary;
}

export function analyzeLiveBlog(visits: DenseVisit[]): LiveBlogFigures | null {
  const receipts = visits.filter((v) => v.contender === 'receipts' && !v.record.loadError);
  if (!receipts.length) return null;
  const baselineHeap = median(
    visits.filter((v) => v.contender === 'baseline' && !v.record.loadError).map((v) => v.record.heapUsed),
  );
  const initial: number[] = [];
  const latencies: number[] = [];
  let missed = 0;
  let entries = 0;
  for (const v of receipts) {
    const log = v.highlights ?? [];
    const added = v.added ?? [];
    entries = Math.max(entries, added.length);
    const firstAdd = added[0]?.t ?? Number.POSITIVE_INFINITY;
    const before = log.filter(([t]) => t < firstAdd);
    initial.push(sinceIdle(v.record, before[before.length - 1]?.[0] ?? Number.NaN));
    added.forEach((entry, k) => {
      const end = added[k + 1]?.t ?? Number.POSITIVE_INFINITY;
      const changes = log.filter(([t]) => t > entry.t && t <= end);
      const last = changes[changes.length - 1];
      const a = v.record.attribution;
      const at = traceTs(v.record, entry.t);
      const shown = last && a ? frameAfter(a, traceTs(v.record, last[0]) ?? Number.NaN) : null;
      if (shown != null && at !== null) latencies.push((shown - at) / 1000);
      else missed++;
    });
  }
  return {
    visits: receipts.length,
    entriesPerVisit: entries,
    initialIdleToPaintedMs: summarize(initial),
    entryToPaintedMs: summarize(latencies),
    missedEntries: missed,
    ourMs: summarize(receipts.map((v) => v.record.attribution?.ourMs ?? Number.NaN)),
    longestTaskMs: summarize(receipts.map((v) => v.record.attribution?.longestTaskMs ?? Number.NaN)),
    tasksOver50ms: receipts.reduce((n, v) => n + (v.record.attribution?.tasksOver50ms ?? 0), 0),
    heapAddedKB: summarize(receipts.map((v) => (v.record.heapUsed - baselineHeap) / 1024)),
  };
}
