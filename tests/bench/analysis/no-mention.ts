import type { ContenderId } from '../contenders/build';
import type { PageVisit } from '../groups/no-mention';
import { median, type Summary, summarize } from '../stats';

export type Measured = Exclude<ContenderId, 'baseline'>;
export const MEASURED: Measured[] = ['floor', 'naive', 'peer', 'receipts'];

export interface ContenderFigures {
  /** Main-thread CPU time of the content script per page, ms (attributed, see browser/attribute.ts). */
  ourMs: Summary;
  /** The same in wall-clock time, which the machine's load inflates, ms. */
  ourWallMs: Summary;
  /** Our part of the longest task per page, ms. */
  longestTaskMs: Summary;
  /** JS heap after GC minus the baseline's on the same page, KB. */
  heapAddedKB: Summary;
}

export interface PageRow {
  page: string;
  ourMs: Partial<Record<Measured, number>>;
  ourWallMs: Partial<Record<Measured, number>>;
  longestTaskMs: Partial<Record<Measured, number>>;
}

export interface NoMentionFigures {
  pages: number;
  visits: number;
  loadErrors: { page: string; contender: ContenderId; error: string }[];
  contenders: Partial<Record<Measured, ContenderFigures>>;
  /** Receipts' figure over the floor's and the peer's, at the median and at p95 across pages. */
  ratios: { overFloor: { median: number; p95: number }; overPeer: { median: number; p95: number } } | null;
  /** The pages where Receipts spent most, for whoever wants to make it faster. */
  slowestForReceipts: PageRow[];
  rows: PageRow[];
}

const byPage = (visits: PageVisit[], id: ContenderId, page: string) =>
  visits.filter((v) => v.contender === id && v.page === page && !v.record.loadError);

export function analyzeNoMention(visits: PageVisit[]): NoMentionFigures {
  const pages = [...new Set(visits.map((v) => v.page))];
  const present = MEASURED.filter((id) => visits.some((v) => v.contender === id));
  const rows: PageRow[] = pages.map((page) => {
    const row: PageRow = { page, ourMs: {}, ourWallMs: {}, longestTaskMs: {} };
    for (const id of present) {
      const mine = byPage(visits, id, page);
      if (!mine.length) continue;
      row.ourMs[id] = median(mine.map((v) => v.record.attribution?.ourMs ?? 0));
      row.ourWallMs[id] = median(mine.map((v) => v.record.attribution?.ourWallMs ?? 0));
      row.longestTaskMs[id] = median(mine.map((v) => v.record.attribution?.longestTaskMs ?? 0));
    }
    return row;
  });
  const baselineOf = (page: string, pick: (v: PageVisit) => number) =>
    median(byPage(visits, 'baseline', page).map(pick));
  const contenders: NoMentionFigures['contenders'] = {};
  for (const id of present) {
    const perPage = (pick: (v: PageVisit) => number) =>
      pages.map((page) => median(byPage(visits, id, page).map(pick)) - baselineOf(page, pick));
    contenders[id] = {
      ourMs: summarize(rows.map((r) => r.ourMs[id] ?? Number.NaN)),
      ourWallMs: summarize(rows.map((r) => r.ourWallMs[id] ?? Number.NaN)),
      longestTaskMs: summarize(rows.map((r) => r.longestTaskMs[id] ?? Number.NaN)),
      heapAddedKB: summarize(perPage((v) => v.record.heapUsed / 1024)),
    };
  }
  const r = contenders.receipts?.ourMs;
  const f = contenders.floor?.ourMs;
  const p = contenders.peer?.ourMs;
  return {
    pages: pages.length,
    visits: visits.length,
    loadErrors: visits
      .filter((v) => v.record.loadError)
      .map((v) => ({ page: v.page, contender: v.contender, error: v.record.loadError as string })),
    contenders,
    ratios:
      r && f && p
        ? {
            overFloor: { median: r.median / f.median, p95: r.p95 / f.p95 },
            overPeer: { median: r.median / p.median, p95: r.p95 / p.p95 },
          }
        : null,
    slowestForReceipts: [...rows]
      .filter((row) => row.ourMs.receipts !== undefined)
      .sort((a, b) => (b.ourMs.receipts ?? 0) - (a.ourMs.receipts ?? 0))
      .slice(0, 5),
    rows,
  };
}
