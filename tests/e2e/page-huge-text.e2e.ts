import { expect } from 'vitest';
import { openPanel, settledClaims } from '../../src/browsers';
import { describeBrowsers, useOfflineServer } from './harness/fixtures';

// Issue 14: on a page with one 10 MB text node (fixtures/hostile-big-text.html) the longest task of
// ours was 84 ms: the first look read body.textContent whole, tested the whole node with one regex,
// and measured the box of all its lines. The figure is Receipts' own (src/content-scripts/common/task-cost.ts times
// every run of its code on the page's thread, by part), from the page app, which runs the same
// first look before it scans. Asserted without the time inside the mention regexes, which Firefox
// recompiles after a garbage collection (see page-scale.e2e.ts); both figures are printed.

const server = useOfflineServer();
const BUDGET_MS = 50;

describeBrowsers(({ name, test }) => {
  // One more try when the machine was busy: a task over budget twice in a row is ours. Each try in
  // a fresh panel and page, in the suite's browser.
  test(`one 10 MB text node: both claims found, no task of ours over ${BUDGET_MS} ms`, {
    retry: 1,
  }, async ({ browser }) => {
    const panel = await openPanel(browser);
    const page = await browser.newPage();
    await page.goto(`${server.origin}/fixtures/hostile-big-text.html`);
    const tabId = await panel.tabId();
    const answer = await settledClaims(panel, tabId, 60_000);
    const cost = answer.cost;
    if (!cost) throw new Error('no cost in the answer');
    const { message: _, ...ours } = cost.longestByTaskWithoutRegex;
    const longest = Math.max(0, ...Object.values(ours));
    console.log(
      `${name}: 10 MB text node: Receipts' longest task ${cost.longestTaskMs.toFixed(1)} ms (${cost.longestTask}), ` +
        `${longest.toFixed(1)} ms without the regexes (longest regex run ${cost.longestRegexMs.toFixed(1)} ms); ` +
        `by part ${JSON.stringify(Object.fromEntries(Object.entries(cost.longestByTask).map(([k, v]) => [k, Math.round(v * 10) / 10])))}`,
    );
    expect(answer.claims.map((c) => c.text)).toEqual([
      'Pashinyan said Armenia will leave the CSTO.',
      'Pashinyan called the CSTO a bubble alliance.',
    ]);
    expect(cost.errors).toBe(0);
    expect(longest).toBeLessThan(BUDGET_MS);
    await page.close();
  });
});
