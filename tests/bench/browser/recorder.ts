import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession } from 'playwright-core';
import { type Attribution, attribute, type CpuProfile, type TraceEvent } from './attribute';
import type { BenchBrowser, ChromiumBenchBrowser } from './launch';

// Visits of pages by one contender, with everything recorded around each: a trace and a CPU
// profile (for attribution, see attribute.ts) and the JS heap after a forced GC.
//
// Each visit is cut out of its trace between two user-timing marks it sets itself: one on
// about:blank just before the page loads, one on the page once the contender is done. A trace could
// span several visits (starting and collecting one costs ~200 ms), but a browser that keeps tracing
// while another contender is measured takes CPU from it, so each visit has its own trace.

// Only what attribute.ts reads: script entries named by URL and frames (devtools.timeline), and our
// marks. Adding task boundaries (disabled-by-default-devtools.timeline) makes traces ten times
// bigger and each visit 100-200 ms longer.
const TRACE_CATEGORIES = 'devtools.timeline,blink.user_timing';

/** Sampling interval of the CPU profile, µs; fine enough for a 1 ms script, light enough to run everywhere. */
export const SAMPLING_INTERVAL_US = 200;
/** Visits per trace (see above for why it is one). */
const VISITS_PER_TRACE = 1;

export interface VisitHandle {
  /**
   * The content script's world, once the browser has created it for this document (Chromium: the
   * isolated world's id); null when it did not come in time.
   */
  ourWorld(timeoutMs?: number): Promise<unknown | null>;
  /**
   * Evaluates an expression where Receipts' highlights can be read (returns its JSON value): its
   * isolated world in Chromium, the page's main world in Firefox (see browser/firefox.ts).
   */
  evaluateInOurWorld<T>(expression: string): Promise<T>;
  browser: BenchBrowser;
}

/** Visits pages with one contender and records what it cost each: one per contender and browser. */
export interface BenchRecorder {
  readonly browser: BenchBrowser;
  visit<S, A>(
    url: string,
    settle: (v: VisitHandle) => Promise<S>,
    after: (v: VisitHandle) => Promise<A>,
  ): Promise<{ record: VisitRecord; settled: S | null; probed: A | null }>;
  /** Finishes what is still being recorded and fills in the records it covered. */
  flush(): Promise<void>;
}

export interface VisitRecord {
  url: string;
  /** null for the no-extension baseline; filled in when the visit's trace is collected (flush). */
  attribution: Attribution | null;
  /**
   * JS heap used after a forced GC, bytes (the whole renderer isolate: page and isolated worlds);
   * NaN where the browser gives no such figure (Firefox).
   */
  heapUsed: number;
  /** performance.now() of the page at the end-of-window mark, and the trace time of the same mark. */
  sync: { pageMs: number; traceTs: number | null };
  loadError: string | null;
}

interface Pending {
  record: VisitRecord;
  profile: CpuProfile | null;
  startMark: string;
  syncMark: string;
}

export class Recorder implements BenchRecorder {
  private worldId: number | null = null;
  private worldWaiters: ((id: number) => void)[] = [];
  private events: TraceEvent[] = [];
  private tracing: Promise<unknown> | null = null;
  private pending: Pending[] = [];
  private visits = 0;
  /** The extension's origin, learnt from the first isolated world it creates. */
  origin: string | null = null;

  private constructor(
    readonly browser: ChromiumBenchBrowser,
    readonly cdp: CDPSession,
  ) {}

  static async attach(browser: ChromiumBenchBrowser): Promise<Recorder> {
    const cdp = await browser.context.newCDPSession(browser.page);
    const recorder = new Recorder(browser, cdp);
    const name = browser.contender.extensionName;
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      const aux = context.auxData as { type?: string } | undefined;
      if (!name || aux?.type !== 'isolated' || context.name !== name) return;
      recorder.origin ??= context.origin;
      recorder.worldId = context.id;
      for (const resolve of recorder.worldWaiters.splice(0)) resolve(context.id);
    });
    cdp.on('Tracing.dataCollected', ({ value }) => {
      for (const e of value as unknown as TraceEvent[]) recorder.events.push(e);
    });
    await cdp.send('Runtime.enable');
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
    return recorder;
  }

  private async mark(name: string): Promise<number> {
    return this.browser.page.evaluate<number>(
      `(() => { const m = performance.mark(${JSON.stringify(name)}); performance.clearMarks(${JSON.stringify(name)}); return m.startTime; })()`,
    );
  }

  /**
   * Loads `url`, runs `settle` (which waits until the contender is done), marks the end of the
   * measured window, runs `after` (probing that must not be counted, e.g. hovering), and leaves the
   * page for about:blank: a page still open can hold a trace back for seconds (bbc-1 does).
   * The record's attribution is filled in by flush().
   */
  async visit<S, A>(
    url: string,
    settle: (v: VisitHandle) => Promise<S>,
    after: (v: VisitHandle) => Promise<A>,
  ): Promise<{ record: VisitRecord; settled: S | null; probed: A | null }> {
    const { page } = this.browser;
    const n = this.visits++;
    const startMark = `bench:start:${n}`;
    const syncMark = `bench:sync:${n}`;
    if (!this.tracing) {
      this.events = [];
      this.tracing = this.cdp.send('Tracing.start', {
        categories: TRACE_CATEGORIES,
        transferMode: 'ReportEvents',
      });
      await this.tracing;
    }
    if (page.url() !== 'about:blank') await page.goto('about:blank');
    await this.mark(startMark);
    this.worldId = null;
    const record: VisitRecord = {
      url,
      attribution: null,
      heapUsed: 0,
      sync: { pageMs: 0, traceTs: null },
      loadError: null,
    };
    let settled: S | null = null;
    let probed: A | null = null;
    const handle = this.handle();
    await this.cdp.send('Profiler.start');
    try {
      await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
      settled = await settle(handle);
    } catch (error) {
      record.loadError = (error as Error).message.split('\n')[0] ?? 'error';
    }
    // The mark ties the page's clock to the trace's: its startTime and its trace event are one instant.
    record.sync.pageMs = await this.mark(syncMark).catch(() => 0);
    const profile = (await this.cdp.send('Profiler.stop')).profile as CpuProfile;
    await this.cdp.send('HeapProfiler.collectGarbage');
    record.heapUsed = (await this.cdp.send('Runtime.getHeapUsage')).usedSize;
    if (!record.loadError) {
      try {
        probed = await after(handle);
      } catch (error) {
        record.loadError = `after: ${(error as Error).message.split('\n')[0]}`;
      }
    }
    await page.goto('about:blank');
    this.pending.push({ record, profile, startMark, syncMark });
    if (this.pending.length >= VISITS_PER_TRACE) await this.flush();
    return { record, settled, probed };
  }

  /** Ends the current trace and fills in the attribution of every visit it covered. */
  async flush(): Promise<void> {
    if (!this.tracing) return;
    const complete = new Promise((resolve) => this.cdp.once('Tracing.tracingComplete', resolve));
    await this.cdp.send('Tracing.end');
    await complete;
    this.tracing = null;
    const events = this.events;
    this.events = [];
    const markTs = new Map(events.filter((e) => e.cat.includes('user_timing')).map((e) => [e.name, e.ts]));
    const pending = this.pending.splice(0);
    pending.forEach(({ record, profile, startMark, syncMark }, i) => {
      const previous = pending[i - 1];
      // Never before the previous visit's end, whatever happens to a mark.
      const start =
        markTs.get(startMark) ?? (previous && markTs.get(previous.syncMark)) ?? Number.NEGATIVE_INFINITY;
      const next = pending[i + 1];
      const end = (next && markTs.get(next.startMark)) ?? Number.POSITIVE_INFINITY;
      record.sync.traceTs = markTs.get(syncMark) ?? null;
      if (!this.browser.contender.extensionDir || !this.origin) return;
      const mine = events.filter((e) => e.ts >= start && e.ts < end);
      record.attribution = attribute(
        mine,
        profile,
        `${this.origin}/`,
        record.sync.traceTs ?? end,
        SAMPLING_INTERVAL_US,
        startScriptsOf(this.browser.contender.extensionDir),
      );
    });
  }

  private handle(): VisitHandle {
    return {
      browser: this.browser,
      ourWorld: (timeoutMs = 5_000) => this.waitForWorld(timeoutMs),
      evaluateInOurWorld: async <T>(expression: string) => {
        const contextId = await this.waitForWorld(5_000);
        if (contextId === null) throw new Error('no isolated world for the extension');
        const { result, exceptionDetails } = await this.cdp.send('Runtime.evaluate', {
          expression,
          contextId,
          returnByValue: true,
          awaitPromise: true,
        });
        if (exceptionDetails) throw new Error(`in our world: ${exceptionDetails.exception?.description}`);
        return result.value as T;
      },
    };
  }

  private waitForWorld(timeoutMs: number): Promise<number | null> {
    if (this.worldId !== null) return Promise.resolve(this.worldId);
    if (!this.browser.contender.extensionName) return Promise.resolve(null);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(null), timeoutMs);
      this.worldWaiters.push((id) => {
        clearTimeout(timer);
        resolve(id);
      });
    });
  }
}

/** The content scripts an extension declares for document_start, as its manifest names them. */
function startScriptsOf(extensionDir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js?: string[]; run_at?: string }[];
  };
  return (manifest.content_scripts ?? [])
    .filter((c) => c.run_at === 'document_start')
    .flatMap((c) => c.js ?? []);
}
