/**
 * Runs long jobs in short slices so the page stays responsive: each job is an iterator that does a
 * small unit of work per step, and the slicer steps jobs until its time budget for the slice is
 * spent, then hands the thread back to the page and carries on in a later task.
 *
 * A budget well under the 50 ms long-task threshold leaves room for one step overrunning it (the
 * longest single step we have is a regex over a 200,000-character chunk).
 */
export interface SlicerOptions {
  budgetMs?: number;
  now?: () => number;
  /** Schedules the next slice; ctx.setTimeout in the content script, so invalidation cancels it. */
  defer?: (run: () => void) => void;
  /** Told about a job that threw (it is dropped; the others go on). */
  onError?: (error: unknown) => void;
}

export interface Slicer {
  /** Queues a job; it runs after the jobs queued before it. */
  add(job: Iterator<unknown, unknown, undefined>): void;
  /** Resolves when no job is left. */
  idle(): Promise<void>;
  /** Drops every queued job; nothing runs after this. */
  stop(): void;
  /** The longest slice so far, in ms (for tests and the benchmark). */
  readonly longestSliceMs: number;
  readonly busy: boolean;
}

export function createSlicer(options: SlicerOptions = {}): Slicer {
  const budget = options.budgetMs ?? 8;
  const now = options.now ?? (() => performance.now());
  const defer = options.defer ?? ((run) => void setTimeout(run, 0));
  const jobs: Iterator<unknown, unknown, undefined>[] = [];
  let scheduled = false;
  let stopped = false;
  let longest = 0;
  let waiters: (() => void)[] = [];

  const settle = () => {
    const done = waiters;
    waiters = [];
    for (const resolve of done) resolve();
  };

  const slice = () => {
    scheduled = false;
    if (stopped) return;
    const start = now();
    try {
      while (jobs.length > 0 && now() - start < budget) {
        const job = jobs[0] as Iterator<unknown, unknown, undefined>;
        if (job.next().done) jobs.shift();
      }
    } catch (error) {
      // One broken job (say, a node the page tore out mid-walk) must not stall the others.
      jobs.shift();
      (options.onError ?? reportError)(error);
    } finally {
      longest = Math.max(longest, now() - start);
    }
    if (jobs.length > 0) schedule();
    else settle();
  };

  const schedule = () => {
    if (scheduled || stopped) return;
    scheduled = true;
    defer(slice);
  };

  return {
    add(job) {
      if (stopped) return;
      jobs.push(job);
      schedule();
    },
    idle() {
      if (jobs.length === 0 || stopped) return Promise.resolve();
      return new Promise((resolve) => waiters.push(resolve));
    },
    stop() {
      stopped = true;
      jobs.length = 0;
      settle();
    },
    get longestSliceMs() {
      return longest;
    },
    get busy() {
      return jobs.length > 0;
    },
  };
}

// Reported, not thrown: an exception escaping a timer would show up in the page's console as the
// page's own error. Tests look for this prefix.
function reportError(error: unknown) {
  console.warn('[Receipts] scan step failed:', error);
}
