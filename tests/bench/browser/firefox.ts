import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { firefoxPath } from '../../../src/browsers';
import { FIRST_LOOK_KEY } from '../../../src/messages/first-look-answer';
import type { TaskCost } from '../../../src/messages/page-contract';
import { type Contender, FRAME_MARK, WORK_MEASURE } from '../contenders/build';
import { sleep } from '../groups/order';
import type { Attribution } from './attribute';
import type { BenchBrowser, BenchPage } from './launch';

// Firefox, driven as the e2e tests drive it (src/browsers/firefox.ts): Puppeteer over
// WebDriver BiDi, each contender's extension installed as a temporary add-on. Firefox offers no
// trace, CPU profile or heap figure over BiDi, so each contender's time comes from the page's own
// clock instead (browser/firefox-recorder.ts says how).

export const FIREFOX_PATH = firefoxPath();
/** Fixed, so the harness knows the moz-extension:// origin of Receipts' extension pages. */
const RECEIPTS_UUID = '5f0c2d8e-3b6a-4e1f-9a7d-1c4b8e2f6a30';

export interface FirefoxBenchBrowser extends BenchBrowser {
  engine: 'firefox';
  /** The same tab as `page`, as Puppeteer's own page. */
  tab: Page;
  /** Receipts only: one of its extension pages, in a tab of its own, to ask its content script. */
  panel: Page | null;
}

const geckoId = (dir: string): string | undefined =>
  JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')).browser_specific_settings?.gecko?.id;

export async function launchFirefoxFor(contender: Contender): Promise<FirefoxBenchBrowser> {
  const id = contender.extensionDir ? geckoId(contender.extensionDir) : undefined;
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    args: ['--remote-allow-system-access', '--width=1280', '--height=900'],
    extraPrefsFirefox: {
      // performance.now() is otherwise rounded to 1 ms in a page, coarser than the floor's figure.
      'privacy.reduceTimerPrecision': false,
      // Offline as in Chromium (launch.ts): every host but the loopback goes to a closed port, so
      // the saved pages' third-party requests fail at once instead of waiting on DNS.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.proxy.no_proxies_on': '127.0.0.1',
      'network.proxy.allow_hijacking_localhost': false,
      ...(id ? { 'extensions.webextensions.uuids': JSON.stringify({ [id]: RECEIPTS_UUID }) } : {}),
    },
  });
  if (contender.extensionDir) await browser.installExtension(contender.extensionDir);
  let panel: Page | null = null;
  if (contender.id === 'receipts') {
    panel = await browser.newPage();
    const url = `moz-extension://${RECEIPTS_UUID}/options.html`;
    // goto on a moz-extension:// page loads it but never resolves over BiDi: start it and poll.
    panel.goto(url).catch(() => {});
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline) {
      const ready = await panel
        .evaluate((u) => location.href === u && document.readyState === 'complete', url)
        .catch(() => false);
      if (ready) break;
      await sleep(100);
    }
  }
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1280, height: 900 });
  // The measured tab in front: a background tab gets no animation frames.
  await tab.bringToFront();
  const page: BenchPage = {
    goto: (url, options) => (url === 'about:blank' ? tab.goto(url) : navigate(tab, url, options?.timeout)),
    evaluate: <T>(expression: string) => tab.evaluate(expression) as Promise<T>,
    url: () => tab.url(),
    mouse: { move: (x, y) => tab.mouse.move(x, y) },
  };
  return { engine: 'firefox', contender, page, tab, panel, close: () => browser.close() };
}

/**
 * Goes to `url` and waits for its load event. Not with goto: some saved pages keep a WebDriver
 * BiDi navigation from ever completing in Firefox ("Address rejected", as the e2e tests found:
 * tests/e2e/page-support.ts), so the page is sent there itself and watched until complete.
 */
async function navigate(tab: Page, url: string, timeoutMs = 60_000): Promise<void> {
  await tab.evaluate(`location.href = ${JSON.stringify(url)}`).catch(() => {});
  const deadline = Date.now() + timeoutMs;
  const check = `location.href === ${JSON.stringify(url)} && document.readyState === 'complete'`;
  while (Date.now() < deadline) {
    if (await tab.evaluate(check).catch(() => false)) return;
    await sleep(25);
  }
  throw new Error(`timed out after ${timeoutMs} ms loading ${url}`);
}

/**
 * What Receipts' own cost meter (src/content-scripts/common/task-cost.ts) says of the page in the
 * bench's tab: the first look's, read from its isolated world, plus the page app's ('page-claims')
 * where it was loaded (not asked when `askApp` is false: answering is a task of its own). null when
 * no first look ran.
 */
export async function receiptsCost(panel: Page, pageUrl: string, askApp = true): Promise<TaskCost[] | null> {
  // A string, not a function: functions compiled by tsx carry helper calls the page lacks.
  const text = await panel.evaluate(`(async () => {
    const ext = globalThis.browser;
    const tabs = await ext.tabs.query({});
    const tab = tabs.find((t) => t.url === ${JSON.stringify(pageUrl)}) ?? tabs.find((t) => !t.url?.startsWith('moz-extension:'));
    if (tab?.id === undefined) return 'null';
    const [frame] = await ext.scripting
      .executeScript({
        target: { tabId: tab.id, frameIds: [0] },
        func: (k) => {
          const answer = Object.getOwnPropertyDescriptor(globalThis, k)?.value;
          return answer ? JSON.parse(JSON.stringify(answer.cost)) : null;
        },
        args: [${JSON.stringify(FIRST_LOOK_KEY)}],
      })
      .catch(() => []);
    const app = ${askApp}
      ? await ext.tabs.sendMessage(tab.id, { type: 'page-claims' }, { frameId: 0 }).catch(() => null)
      : null;
    const costs = [frame?.result, app?.cost].filter(Boolean);
    // As JSON text: WebDriver BiDi drops values nested deeper than a few levels.
    return JSON.stringify(costs.length ? costs : null);
  })()`);
  return JSON.parse(text as string) as TaskCost[] | null;
}

/** What a plain contender's timed script left on the page's timeline (contenders/build.ts). */
export const READ_TIMED = `(() => ({
  work: performance.getEntriesByName(${JSON.stringify(WORK_MEASURE)}).map((e) => [e.startTime, e.duration]),
  frames: performance.getEntriesByName(${JSON.stringify(FRAME_MARK)}).map((e) => e.startTime),
}))()`;

export type Timed = { work: [number, number][]; frames: number[] };

/** An attribution (in trace units: µs on the page's clock) from figures taken on the page. */
export function pageAttribution(parts: {
  totalMs: number;
  longestMs: number;
  firstMs: number | null;
  lastMs: number | null;
  framesMs: number[];
  /** Known tasks over 50 ms (a lower bound where only the longest of each part is known). */
  over50?: number;
}): Attribution {
  const us = (v: number | null) => (v === null ? null : v * 1000);
  return {
    ourMs: parts.totalMs,
    ourWallMs: parts.totalMs,
    namedMs: parts.totalMs,
    sampledMs: 0,
    longestTaskMs: parts.longestMs,
    longestTaskWallMs: parts.longestMs,
    tasksOver50ms: parts.over50 ?? (parts.longestMs > 50 ? 1 : 0),
    firstTs: us(parts.firstMs),
    lastTs: us(parts.lastMs),
    frames: parts.framesMs.map((t) => t * 1000).sort((a, b) => a - b),
  };
}
