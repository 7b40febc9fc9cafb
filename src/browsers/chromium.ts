import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page as PlaywrightPage } from 'playwright-core';
import { BUILD_DIR } from './built';
import { devtoolsOf, readCardChromium } from './card-reader';
import { CHROMIUM_FLAGS, loadExtensionFlags } from './chromium-flags';
import { chromiumPath } from './executables';
import { DEFAULT_VIEW, type LaunchOptions, type TestBrowser, type TestPage } from './page';

/** Chromium through Playwright: a fresh headless profile with the build's chrome-mv3 loaded. */
export async function launchChromium(
  outputDir = BUILD_DIR,
  options: LaunchOptions = {},
): Promise<TestBrowser> {
  const chromeDir = join(outputDir, 'chrome-mv3');
  const profile = await mkdtemp(join(tmpdir(), 'receipts-chromium-'));
  const view = options.view ?? DEFAULT_VIEW;
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: options.executablePath ?? chromiumPath(),
    headless: true,
    viewport: { width: view.width, height: view.height },
    ...(view.deviceScaleFactor !== 1 ? { deviceScaleFactor: view.deviceScaleFactor } : {}),
    ...(options.colorScheme ? { colorScheme: options.colorScheme } : {}),
    ...(options.forcedColors ? { forcedColors: 'active' as const } : {}),
    args: [
      ...loadExtensionFlags(chromeDir),
      ...CHROMIUM_FLAGS,
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
