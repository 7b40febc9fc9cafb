import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath, loadExtensionFlags } from '../../../src/browsers';
import type { Contender } from '../contenders/build';

export type Engine = 'chromium' | 'firefox';

/** What the page groups use of a tab: the same in Playwright (Chromium) and Puppeteer (Firefox). */
export interface BenchPage {
  goto(url: string, options?: { waitUntil?: 'load'; timeout?: number }): Promise<unknown>;
  evaluate<T>(expression: string): Promise<T>;
  url(): string;
  mouse: { move(x: number, y: number): Promise<void> };
}

export interface BenchBrowser {
  engine: Engine;
  contender: Contender;
  /** One tab, reused for every visit, so each visit starts from the same state. */
  page: BenchPage;
  close(): Promise<void>;
}

export interface ChromiumBenchBrowser extends BenchBrowser {
  engine: 'chromium';
  context: BrowserContext;
  page: Page;
}

export const CHROMIUM_PATH = chromiumPath();

/** Launches a fresh Chromium profile with one contender's extension loaded (or none, for the baseline). */
export async function launchChromiumFor(contender: Contender): Promise<ChromiumBenchBrowser> {
  const profile = await mkdtemp(join(tmpdir(), `receipts-bench-${contender.id}-`));
  const extension = contender.extensionDir
    ? loadExtensionFlags(contender.extensionDir)
    : ['--disable-extensions'];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      ...extension,
      ...CHROMIUM_FLAGS,
      // The saved pages name hundreds of third-party hosts; resolving none of them keeps the bench
      // offline and keeps a slow DNS failure from stretching one contender's page load.
      '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
      // Several browsers are open at once, one per contender; none may be throttled as background.
      '--disable-background-timer-throttling',
      '--disable-renderer-backgrounding',
      '--disable-backgrounding-occluded-windows',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    engine: 'chromium',
    contender,
    context,
    page,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
