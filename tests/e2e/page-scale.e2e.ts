import type { CDPSession } from 'playwright-core';
import { expect } from 'vitest';
import { type PageClaimsAnswer, type Panel, waitFor } from '../../src/browsers';
import { attribute, type CpuProfile, type TraceEvent } from '../bench/browser/attribute';
import { describeBrowsers, useOfflineServer } from './harness/fixtures';
import { readBeat, sleep } from './page-support';

// Issue 20: the first scan re-applied every sentence found so far on each block, so its longest
// task grew with the square of the page's claims (44 ms at 1,000 claims, 1,264 ms at 16,000). The
// budget is 50 ms per task.
//
// Firefox: the figure is Receipts' own (src/content-scripts/common/task-cost.ts times every run of its code on the
// page's thread, by part), read with one 'page-claims' once the badge counts every claim. It is
// wall-clock time, and in Firefox the first run of the mention regexes after a garbage collection
// recompiles them (15-50 ms on these machines, see page-hostile.e2e.ts): the budget is asserted
// without that time, and both figures are printed. Chromium
// cannot carry that answer here: 16,000 claims with their evidence are about 88 MB of JSON, over
// Chrome's 64 MiB message limit. So in Chromium the figure comes from outside, from a DevTools trace
// and CPU profile of the visit (tests/bench/browser/attribute.ts: the longest uninterrupted stretch
// of the extension's code, in CPU time). Both print the page's heartbeat (fixtures/heartbeat.js)
// beside it, which also counts what the browser does for the page (layout, painting) and the test's
// own probing; it is printed, not asserted.

const server = useOfflineServer();
const CLAIMS = 16_000;
const BUDGET_MS = 50;
const URL_PATH = '/fixtures/hostile-claims-16k.html';

describeBrowsers(({ name, test }) => {
  const allCounted = async (panel: Panel, tabId: number) => {
    await waitFor(
      async () => (await panel.badge(tabId)).text === String(CLAIMS),
      240_000,
      `the badge to count ${CLAIMS} claims`,
    );
  };

  test(`${CLAIMS.toLocaleString('en')} claims: every task of Receipts' first scan stays under ${BUDGET_MS} ms`, {
    // One more try when the machine was busy: a task over budget twice in a row is ours.
    retry: 1,
    timeout: 330_000,
  }, async ({ panel, page }) => {
    const started = Date.now();
    if (name === 'firefox') {
      await page.goto(`${server.origin}${URL_PATH}`);
      const tabId = await panel.tabId();
      // The badge first: asking for 16,000 claims with their evidence every 100 ms would load the
      // page's thread with the test's own messages.
      await allCounted(panel, tabId);
      let answer: PageClaimsAnswer | undefined;
      await waitFor(
        async () => {
          answer = await panel.toPage<PageClaimsAnswer>(tabId, { type: 'page-claims' });
          if (answer.state !== 'ready') await sleep(1_000);
          return answer.state === 'ready';
        },
        60_000,
        'the scan to be ready',
      );
      const readyS = (Date.now() - started) / 1000;
      const cost = (answer as PageClaimsAnswer).cost;
      if (!cost) throw new Error('no cost in the answer');
      const beat = await readBeat(page);
      // 'message' is the test's own question: one answer carrying all 16,000 claims.
      // (A build from before longestByTask reports only its longest task overall.)
      const { message, ...scan } = cost.longestByTask ?? { [cost.longestTask]: cost.longestTaskMs };
      const [slowest, slowestMs] = Object.entries(scan).sort((a, b) => b[1] - a[1])[0] ?? ['-', 0];
      const { message: _, ...scanWithoutRegex } = cost.longestByTaskWithoutRegex ?? {
        [cost.longestTask]: cost.longestTaskWithoutRegexMs,
      };
      const withoutRegexMs = Math.max(0, ...Object.values(scanWithoutRegex));
      console.log(
        `${name}: ${CLAIMS} claims, ready in ${readyS.toFixed(1)} s; Receipts' longest task ` +
          `${slowestMs.toFixed(1)} ms (${slowest}); by part ${JSON.stringify(roundAll(scan))}; ` +
          `answering the test's page-claims ${(message ?? 0).toFixed(1)} ms; total ${Math.round(cost.totalMs)} ms; ` +
          `without the regexes ${withoutRegexMs.toFixed(1)} ms (longest regex run ${cost.longestRegexMs.toFixed(1)} ms); ` +
          `page heartbeat's longest gap ${Math.round(beat.max)} ms (${beat.long.length} over ${BUDGET_MS} ms)`,
      );
      expect((answer as PageClaimsAnswer).claims.length).toBe(CLAIMS);
      expect(cost.errors).toBe(0);
      expect(withoutRegexMs).toBeLessThan(BUDGET_MS);
      return;
    }
    const extensionId = await panel.page.evaluate(
      () => (globalThis as unknown as { chrome: { runtime: { id: string } } }).chrome.runtime.id,
    );
    const cdp = (await page.devtools?.()) as CDPSession;
    const events: TraceEvent[] = [];
    const collect = ({ value }: { value: object[] }) => {
      for (const e of value) events.push(e as TraceEvent);
    };
    cdp.on('Tracing.dataCollected', collect);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
    await cdp.send('Profiler.start');
    await page.goto(`${server.origin}${URL_PATH}`);
    const tabId = await panel.tabId();
    await allCounted(panel, tabId);
    const readyS = (Date.now() - started) / 1000;
    // The answers are all in; what follows them (the last status, the highlights' check) too.
    await sleep(3_000);
    const { profile } = await cdp.send('Profiler.stop');
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
    const ours = attribute(events, profile as unknown as CpuProfile, `chrome-extension://${extensionId}/`);
    const beat = await readBeat(page);
    console.log(
      `${name}: ${CLAIMS} claims, all counted in ${readyS.toFixed(1)} s; Receipts' longest task ` +
        `${ours.longestTaskMs.toFixed(1)} ms CPU (${ours.longestTaskWallMs.toFixed(1)} ms wall), ` +
        `${ours.tasksOver50ms} over ${BUDGET_MS} ms; its CPU time ${Math.round(ours.ourMs)} ms; ` +
        `page heartbeat's longest gap ${Math.round(beat.max)} ms (${beat.long.length} over ${BUDGET_MS} ms)`,
    );
    expect(ours.firstTs).not.toBeNull();
    expect(ours.longestTaskMs).toBeLessThan(BUDGET_MS);
  });
});

const roundAll = (byPart: Record<string, number>) =>
  Object.fromEntries(Object.entries(byPart).map(([k, v]) => [k, Math.round(v * 10) / 10]));
