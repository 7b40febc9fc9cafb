import type { TaskCost } from '../../messages/page-contract';

/**
 * What Receipts costs the page's thread: every piece of our code that runs as a task (or part of
 * one) on the page is timed, and the longest is kept. Reported with 'page-claims', so tests and the
 * benchmark read our own figure rather than guess it from outside, where the page's and the
 * browser's own work are mixed in.
 *
 * Time spent in the mention regexes (src/engine/mentions.ts) is also counted apart: in Firefox the
 * first run of a regex after a garbage collection recompiles it, which on slow machines alone can
 * take tens of milliseconds, and the figure says how much of a long task that was.
 */
export interface CostMeter {
  readonly cost: TaskCost;
  /** Records a task timed elsewhere (an async message answer). */
  record(where: string, ms: number): void;
  /** Runs `fn` now as (part of) a task, timing it under `where`; nested calls count in the outer one. */
  time<T>(where: string, fn: () => T): T;
  /**
   * The same function, timed on every call: for event handlers and callbacks, so an exception is
   * counted and reported rather than thrown into the page's event loop.
   */
  wrap<A extends unknown[]>(where: string, fn: (...args: A) => void): (...args: A) => void;
  /** Counts an error our code caught. */
  error(where: string, error: unknown): void;
  /** Runs a mention regex call, counting its time apart. */
  regex<T>(fn: () => T): T;
  markHighlights(): void;
}

export function createCostMeter(now: () => number = () => performance.now()): CostMeter {
  const cost: TaskCost = {
    longestTaskMs: 0,
    longestTask: '',
    longestByTask: {},
    longestByTaskWithoutRegex: {},
    longestTaskWithoutRegexMs: 0,
    longestRegexMs: 0,
    totalMs: 0,
    highlightsAtMs: null,
    errors: 0,
    lastErrors: [],
  };
  let depth = 0;
  let regexInTask = 0;

  const record = (where: string, ms: number, regexMs = 0) => {
    cost.totalMs += ms;
    cost.longestByTask[where] = Math.max(cost.longestByTask[where] ?? 0, ms);
    cost.longestByTaskWithoutRegex[where] = Math.max(
      cost.longestByTaskWithoutRegex[where] ?? 0,
      ms - regexMs,
    );
    if (ms > cost.longestTaskMs) {
      cost.longestTaskMs = ms;
      cost.longestTask = where;
    }
    cost.longestTaskWithoutRegexMs = Math.max(cost.longestTaskWithoutRegexMs, ms - regexMs);
  };

  const time = <T>(where: string, fn: () => T): T => {
    if (depth > 0) return fn();
    depth++;
    regexInTask = 0;
    const start = now();
    try {
      return fn();
    } finally {
      depth--;
      record(where, now() - start, regexInTask);
    }
  };

  const error = (where: string, caught: unknown) => {
    cost.errors++;
    const message = `${where}: ${caught instanceof Error ? caught.message : String(caught)}`;
    cost.lastErrors = [...cost.lastErrors.slice(-4), message.slice(0, 300)];
    // Tests look for this prefix in the console.
    console.warn('[Receipts]', message);
  };

  return {
    cost,
    record,
    time,
    error,
    wrap:
      (where, fn) =>
      (...args) => {
        try {
          time(where, () => fn(...args));
        } catch (caught) {
          error(where, caught);
        }
      },
    regex(fn) {
      const start = now();
      try {
        return fn();
      } finally {
        const ms = now() - start;
        regexInTask += ms;
        cost.longestRegexMs = Math.max(cost.longestRegexMs, ms);
      }
    },
    markHighlights() {
      cost.highlightsAtMs ??= Math.round(now());
    },
  };
}
