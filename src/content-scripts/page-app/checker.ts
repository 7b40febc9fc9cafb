import type { CheckResult } from '../../engine';

export type CheckFn = (sentences: string[], pageDate: string | null) => Promise<CheckResult[]>;

export interface CheckerOptions {
  check: CheckFn;
  /** Called with each batch of answers as it arrives. */
  onResults: (results: Map<string, CheckResult>) => void;
  /** Sentences per message; well under the contract's limit, so the first answers come back soon. */
  batchSize?: number;
  /** Answers and failures kept at most, each (REMEMBERED by default). */
  remembered?: number;
}

export interface Checker {
  /** Asks the engine about the sentences it has not answered yet (each sentence once). */
  request(sentences: Iterable<string>): void;
  cached(sentence: string): CheckResult | undefined;
  /** A new page date makes every answer stale (the engine judges against that date). */
  setPageDate(pageDate: string | null): void;
  readonly pageDate: string | null;
  /** Sentences asked about and not yet answered. */
  readonly pending: number;
  stop(): void;
}

/**
 * Asks the background's engine about claim sentences in batches, one message at a time, and
 * remembers the answers by sentence: a page that rewrites a paragraph every 10 ms does not send
 * the same sentence twice.
 */
// A page that keeps writing new sentences (a live ticker, or one that means to) must not grow these
// without end: past this many, the answers and failures heard longest ago are forgotten (a forgotten
// sentence still on the page is simply asked again).
export const REMEMBERED = 5_000;

/** Adds to a Map or Set kept in insertion order, dropping the oldest entries past the bound. */
function remember<K>(kept: Set<K> | Map<K, unknown>, bound: number): void {
  while (kept.size > bound) kept.delete(kept.keys().next().value as K);
}

export function createChecker(initialDate: string | null, options: CheckerOptions): Checker {
  const batchSize = options.batchSize ?? 40;
  const bound = options.remembered ?? REMEMBERED;
  let pageDate = initialDate;
  let cache = new Map<string, CheckResult>();
  let waiting = new Set<string>();
  let inFlight = false;
  let stopped = false;
  // Sentences whose request failed are not asked again until the page date changes: a background
  // that cannot answer now will not answer a retry loop either.
  let failed = new Set<string>();

  const pump = async () => {
    if (inFlight || stopped || waiting.size === 0) return;
    inFlight = true;
    const batch = [...waiting].slice(0, batchSize);
    const dateAsked = pageDate;
    try {
      const results = await options.check(batch, dateAsked);
      if (stopped || dateAsked !== pageDate) return;
      const answered = new Map<string, CheckResult>();
      batch.forEach((sentence, i) => {
        waiting.delete(sentence);
        const result = results[i];
        if (result) {
          cache.set(sentence, result);
          answered.set(sentence, result);
        } else failed.add(sentence);
      });
      remember(cache, bound);
      remember(failed, bound);
      options.onResults(answered);
    } catch (error) {
      if (stopped) return;
      for (const sentence of batch) {
        waiting.delete(sentence);
        failed.add(sentence);
      }
      remember(failed, bound);
      console.warn('[Receipts] the engine did not answer:', (error as Error).message);
    } finally {
      inFlight = false;
      if (!stopped) void pump();
    }
  };

  return {
    request(sentences) {
      for (const s of sentences) if (!cache.has(s) && !failed.has(s)) waiting.add(s);
      void pump();
    },
    cached: (sentence) => cache.get(sentence),
    setPageDate(date) {
      if (date === pageDate) return;
      pageDate = date;
      cache = new Map();
      waiting = new Set();
      failed = new Set();
    },
    get pageDate() {
      return pageDate;
    },
    get pending() {
      return waiting.size;
    },
    stop() {
      stopped = true;
      waiting.clear();
    },
  };
}
