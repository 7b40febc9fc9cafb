import { join } from 'node:path';
import puppeteer, { type Browser as PuppeteerBrowser, type Page as PuppeteerPage } from 'puppeteer-core';
import { BUILD_DIR } from './built';
import { readCardFirefox } from './card-reader';
import { firefoxPath } from './executables';
import { DEFAULT_VIEW, type LaunchOptions, type TestBrowser, type TestPage } from './page';
import { waitFor } from './wait';

/** The add-on id in the build's Firefox manifest (wxt.config.ts). */
export const GECKO_ID = '{909fba87-c9c2-49bd-ab6c-e749834b8aa7}';
/** Fixed, so the moz-extension:// origin of the extension's pages is known. */
const FIREFOX_UUID = '7d3c1f0e-5b1a-4c2e-9f6d-2a8b4e6c0d11';

/** Firefox through Puppeteer over WebDriver BiDi, the build's firefox-mv2 installed as a temporary add-on. */
export async function launchFirefox(
  outputDir = BUILD_DIR,
  options: LaunchOptions = {},
): Promise<TestBrowser> {
  const browser: PuppeteerBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: options.executablePath ?? firefoxPath(),
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
  const view = options.view ?? DEFAULT_VIEW;
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
      await page.setViewport(
        view.deviceScaleFactor === 1 ? { width: view.width, height: view.height } : { ...view },
      );
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
