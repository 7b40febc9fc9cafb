import { sleep } from '../groups/order';
import { type FirefoxBenchBrowser, pageAttribution, READ_TIMED, receiptsCost, type Timed } from './firefox';
import type { BenchRecorder, VisitHandle, VisitRecord } from './recorder';

// Visits in Firefox, with the same settle and probe steps as in Chromium (browser/recorder.ts) but
// with figures from the page's own clock, since Firefox has no trace over WebDriver BiDi:
// - main-thread time: Receipts' own cost meter (src/content-scripts/common/task-cost.ts:
//   performance.now() around every task of its code), read from the first look's answer and the
//   page app's 'page-claims'; the plain contenders time their whole script the same way
//   (contenders/build.ts, timed()). Neither counts compiling the script, which Chromium's trace
//   does.
// - document idle: the plain contenders' own start; for Receipts, whose first look leaves no mark,
//   the end of the load event (Firefox runs document_idle scripts once the document is complete),
//   so its idle figures also count the wait for that moment.
// - frames: the animation frames in which the highlight probe (browser/highlight-probe.ts, in the
//   page's main world here: Firefox shows a content script's highlights there) saw a change, and
//   for the plain contenders the frame after their work.
// - heap: not measured (NaN): BiDi exposes neither a forced GC nor the heap's size.
// The trace clock of the records is the page's clock in µs, so the analysis is the same code.

const LOAD_END = `(() => performance.getEntriesByType('navigation')[0]?.loadEventEnd ?? null)()`;
const PROBE_FRAMES = `(globalThis.__benchHighlights?.log ?? []).map((e) => e[0])`;

export class FirefoxRecorder implements BenchRecorder {
  constructor(readonly browser: FirefoxBenchBrowser) {}

  async visit<S, A>(
    url: string,
    settle: (v: VisitHandle) => Promise<S>,
    after: (v: VisitHandle) => Promise<A>,
  ): Promise<{ record: VisitRecord; settled: S | null; probed: A | null }> {
    const { page } = this.browser;
    if (page.url() !== 'about:blank') await page.goto('about:blank');
    const record: VisitRecord = {
      url,
      attribution: null,
      heapUsed: Number.NaN,
      sync: { pageMs: 0, traceTs: null },
      loadError: null,
    };
    let settled: S | null = null;
    let probed: A | null = null;
    const handle = this.handle(url);
    try {
      await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
      settled = await settle(handle);
    } catch (error) {
      record.loadError = (error as Error).message.split('\n')[0] ?? 'error';
    }
    // The trace clock is the page's, in µs, from the same zero: no arithmetic between the two that
    // could round a moment past the frame it was seen in.
    record.sync = { pageMs: 0, traceTs: 0 };
    if (!record.loadError) {
      try {
        record.attribution = await this.measure(url);
        probed = await after(handle);
      } catch (error) {
        record.loadError = `after: ${(error as Error).message.split('\n')[0]}`;
      }
    }
    await page.goto('about:blank');
    return { record, settled, probed };
  }

  async flush(): Promise<void> {}

  /** What the contender cost the page so far (null for the baseline, which has no code). */
  private async measure(url: string) {
    const { tab: page, panel, contender } = this.browser;
    if (!contender.extensionDir) return null;
    if (panel) {
      const costs = (await receiptsCost(panel, url)) ?? [];
      const frames = (await page.evaluate(PROBE_FRAMES)) as number[];
      return pageAttribution({
        totalMs: costs.reduce((n, c) => n + c.totalMs, 0),
        longestMs: Math.max(0, ...costs.map((c) => c.longestTaskMs)),
        firstMs: (await page.evaluate(LOAD_END)) as number | null,
        lastMs: frames.at(-1) ?? null,
        framesMs: frames,
        over50: costs.reduce((n, c) => n + Object.values(c.longestByTask).filter((ms) => ms > 50).length, 0),
      });
    }
    const timed = (await page.evaluate(READ_TIMED)) as Timed;
    const first = timed.work[0];
    return pageAttribution({
      totalMs: timed.work.reduce((n, [, d]) => n + d, 0),
      longestMs: Math.max(0, ...timed.work.map(([, d]) => d)),
      firstMs: first ? first[0] : null,
      lastMs: first ? Math.max(...timed.work.map(([s, d]) => s + d)) : null,
      framesMs: timed.frames,
    });
  }

  /** Whether the contender's script has run on this document. */
  private async ran(url: string): Promise<boolean> {
    const { tab: page, panel } = this.browser;
    if (panel) return ((await receiptsCost(panel, url, false)) ?? []).length > 0;
    return ((await page.evaluate(READ_TIMED)) as Timed).work.length > 0;
  }

  private handle(url: string): VisitHandle {
    return {
      browser: this.browser,
      ourWorld: async (timeoutMs = 5_000) => {
        if (!this.browser.contender.extensionDir) return null;
        const deadline = Date.now() + timeoutMs;
        for (;;) {
          if (await this.ran(url).catch(() => false)) return true;
          if (Date.now() > deadline) return null;
          await sleep(50);
        }
      },
      evaluateInOurWorld: <T>(expression: string) => this.browser.page.evaluate<T>(expression),
    };
  }
}
