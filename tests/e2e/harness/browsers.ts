import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, type CDPSession, chromium, type Page as PlaywrightPage } from 'playwright-core';
import puppeteer, { type Browser as PuppeteerBrowser, type Page as PuppeteerPage } from 'puppeteer-core';
import { devtoolsOf, readCardChromium, readCardFirefox } from './card-reader';
import { REPO_ROOT } from './server';

// One small interface over Playwright (Chromium) and Puppeteer over WebDriver BiDi (Firefox), so
// every end-to-end test is written once and run in both browsers.

export interface TestPage {
  goto(url: string): Promise<void>;
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /**
   * Runs `fn` on the closed shadow root of Receipts' card host (the first <receipts-card>), in the
   * page's main world; null when there is no host. The page's own scripts cannot reach that root:
   * the DevTools protocol can (tests/e2e/harness/card-reader.ts).
   */
  inCard<T, A = undefined>(fn: (root: ShadowRoot, arg: A) => T, arg?: A): Promise<T | null>;
  /** Chromium only: the page's DevTools protocol session (tracing, profiling). */
  devtools?: () => Promise<CDPSession>;
  mouseMove(x: number, y: number): Promise<void>;
  /** A real (trusted) click at viewport coordinates: the card's controls take no other. */
  click(x: number, y: number): Promise<void>;
  /** Types the text with the keyboard into whatever has focus. */
  type(text: string): Promise<void>;
  /** Calls `listener` with every console message and uncaught error the page's tab reports. */
  onConsole(listener: (message: ConsoleEntry) => void): void;
  press(key: string): Promise<void>;
  /** A PNG of the viewport, or of the clip rectangle (CSS pixels) when given. */
  screenshot(path: string, clip?: Clip): Promise<void>;
  close(): Promise<void>;
}

/** A console message (or an uncaught error, type 'pageerror') and the script or resource it came from. */
export interface ConsoleEntry {
  type: string;
  text: string;
  url: string;
}

export interface Clip {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface TestBrowser {
  name: 'chromium' | 'firefox';
  newPage(): Promise<TestPage>;
  /** Opens an extension page (e.g. "popup.html") in a tab. */
  openExtensionPage(path: string): Promise<TestPage>;
  close(): Promise<void>;
}

export const GECKO_ID = '{909fba87-c9c2-49bd-ab6c-e749834b8aa7}';
const FIREFOX_UUID = '7d3c1f0e-5b1a-4c2e-9f6d-2a8b4e6c0d11';
const OUTPUT_DIR = join(REPO_ROOT, process.env.RECEIPTS_OUT_DIR ?? '.output');

export interface LaunchOptions {
  /** The browser's interface language (e.g. "ru", "hy-AM"), from Debian's language packs. */
  language?: string;
  /** The scheme the OS is taken to prefer (what `prefers-color-scheme` matches); light by default. */
  colorScheme?: 'light' | 'dark';
  /** Forced colours (Windows High Contrast and the like): `forced-colors: active` matches. */
  forcedColors?: boolean;
}

/** Launches a browser with the build in `outputDir` (a test's own build; the suite's by default). */
type Launch = (outputDir?: string, options?: LaunchOptions) => Promise<TestBrowser>;

export const BROWSERS: { name: TestBrowser['name']; launch: Launch }[] = [
  { name: 'chromium', launch: launchChromium },
  { name: 'firefox', launch: launchFirefox },
];

async function launchChromium(outputDir = OUTPUT_DIR, options: LaunchOptions = {}): Promise<TestBrowser> {
  const chromeDir = join(outputDir, 'chrome-mv3');
  const profile = await mkdtemp(join(tmpdir(), 'receipts-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 900 },
    ...(options.colorScheme ? { colorScheme: options.colorScheme } : {}),
    ...(options.forcedColors ? { forcedColors: 'active' as const } : {}),
    args: [
      `--disable-extensions-except=${chromeDir}`,
      `--load-extension=${chromeDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      ...(options.language ? [`--lang=${options.language}`] : []),
    ],
    // On Linux Chromium takes its interface language from the environment; --lang alone is not enough.
    ...(options.language ? { env: { ...process.env, LANGUAGE: options.language } } : {}),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const wrap = (page: PlaywrightPage): TestPage => ({
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    evaluate: (fn, arg) => page.evaluate(fn, arg as never),
    inCard: (fn, arg) => readCardChromium(context, page, fn, arg),
    devtools: () => devtoolsOf(context, page),
    mouseMove: (x, y) => page.mouse.move(x, y),
    click: (x, y) => page.mouse.click(x, y),
    type: (text) => page.keyboard.type(text),
    onConsole: (listener) => {
      page.on('console', (m) => listener({ type: m.type(), text: m.text(), url: m.location().url }));
      page.on('pageerror', (e) => listener({ type: 'pageerror', text: String(e), url: e.stack ?? '' }));
    },
    press: (key) => page.keyboard.press(key),
    screenshot: async (path, clip) => void (await page.screenshot({ path, clip })),
    close: () => page.close(),
  });
  return {
    name: 'chromium',
    newPage: async () => wrap(await context.newPage()),
    openExtensionPage: async (path) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return wrap(page);
    },
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

async function launchFirefox(outputDir = OUTPUT_DIR, options: LaunchOptions = {}): Promise<TestBrowser> {
  const browser: PuppeteerBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    args: ['--remote-allow-system-access', '--width=1280', '--height=900'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      ...(options.language ? { 'intl.locale.requested': options.language } : {}),
      // The OS's dark theme as Firefox reads it, and pages told to follow it (0 dark, 1 light).
      ...(options.colorScheme
        ? {
            'ui.systemUsesDarkTheme': options.colorScheme === 'dark' ? 1 : 0,
            'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1,
          }
        : {}),
      // "Override the colours specified by the page with your selections above: Always".
      ...(options.forcedColors ? { 'browser.display.document_color_use': 2 } : {}),
    },
  });
  await browser.installExtension(join(outputDir, 'firefox-mv2'));
  const wrap = (page: PuppeteerPage): TestPage => ({
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg),
    inCard: (fn, arg) => readCardFirefox(page, fn, arg),
    mouseMove: (x, y) => page.mouse.move(x, y),
    click: (x, y) => page.mouse.click(x, y),
    type: (text) => page.keyboard.type(text),
    onConsole: (listener) => {
      page.on('console', (m) => listener({ type: m.type(), text: m.text(), url: m.location()?.url ?? '' }));
      page.on('pageerror', (e) =>
        listener({ type: 'pageerror', text: String(e), url: e instanceof Error ? (e.stack ?? '') : '' }),
      );
    },
    press: (key) => page.keyboard.press(key as never),
    screenshot: async (path, clip) => void (await page.screenshot({ path: path as `${string}.png`, clip })),
    close: () => page.close(),
  });
  return {
    name: 'firefox',
    newPage: async () => {
      const page = await browser.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      return wrap(page);
    },
    openExtensionPage: async (path) => {
      const page = await browser.newPage();
      const url = `moz-extension://${FIREFOX_UUID}/${path}`;
      // goto on a moz-extension:// page loads it but never resolves over BiDi: start it and poll.
      page.goto(url).catch(() => {});
      await waitFor(() =>
        page
          .evaluate((u) => location.href === u && document.readyState === 'complete', url)
          .catch(() => false),
      );
      return wrap(page);
    },
    close: () => browser.close(),
  };
}

/** Polls until the check passes; fails with the given message after the timeout. */
export async function waitFor(
  check: () => Promise<boolean> | boolean,
  timeoutMs = 15_000,
  what = 'condition',
) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}
