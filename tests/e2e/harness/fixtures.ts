import { afterAll, test as base, beforeAll, describe } from 'vitest';
import {
  BROWSERS,
  type LaunchOptions,
  openPanel,
  refuseInternet,
  type TestBrowser,
} from '../../../src/browsers';
import { serveFolder } from '../../../src/cli/serve-folder';
import { startServer } from './server';

// The end-to-end tests' one set-up: a browser with the built extension, the extension panel (an
// options page kept open to use the extension's APIs from, src/browsers/panel.ts), a web page, and
// the server of the pages, all closed when done.
//
// The browser, the panel and the page are vitest fixtures: a test, or a suite hook, names what it
// needs and gets it. The browser starts before the suite's tests (in a hook, as it always did), the
// panel and the page the first time something asks for them, the panel first:
//
//   describeBrowsers(({ name, test }) => {
//     test.beforeAll(async ({ page }) => page.goto(`${server.origin}/fixtures/page-demo.html`));
//     test('…', async ({ panel, page }) => { … });
//   });
//
// They live for their suite, as the browser launched in beforeAll and closed in afterAll did. In
// vitest 5 a fixture with { scope: 'file' } has one value per file for each test.extend(): one such
// fixture under describe.each(BROWSERS) would give Firefox's suite Chromium's browser. It cannot be
// made or overridden inside a describe (vitest throws: "cannot be defined with a file scope inside
// the describe block"), and it is torn down only after the file's last test. So each suite gets a
// `test` of its own, extended at the top level of the file (describeBrowsers does it there, before
// its describe.each), and closes its browser when it ends, so that the next browser never runs
// beside it: two CPUs, tests with timing budgets, and tests counting every request the browser makes.

export type BrowserName = TestBrowser['name'];

export interface SuiteOptions {
  /** How the browser starts: its interface language, colour scheme, forced colours, view. */
  launch?: LaunchOptions;
  /** The build to load (.output by default), asked for when the browser launches. */
  outputDir?: () => string;
}

/** The browser a suite launched, if it did, and how to close it (once, whoever asks first). */
interface Launched {
  browser?: TestBrowser;
  close(): Promise<void>;
}

function extendFor(name: BrowserName, options: SuiteOptions, launched: Launched) {
  const entry = BROWSERS.find((b) => b.name === name);
  if (!entry) throw new Error(`no ${name} launcher`);
  return (
    base
      .extend('launchOptions', { scope: 'file' }, options.launch ?? {})
      .extend('browser', { scope: 'file' }, async ({ launchOptions }, { onCleanup }) => {
        launched.browser = await entry.launch(options.outputDir?.(), launchOptions);
        onCleanup(launched.close);
        return launched.browser;
      })
      .extend('panel', { scope: 'file' }, ({ browser }) => openPanel(browser))
      // The panel first: Panel.tabId() finds the test's page as the active tab, the one opened last.
      .extend('page', { scope: 'file' }, ({ browser, panel: _openedBefore }) => browser.newPage())
  );
}

export type BrowserTest = ReturnType<typeof extendFor>;

export interface BrowserSuite {
  name: BrowserName;
  /** Vitest's `test` with the suite's `browser`, `panel` and `page` (and its `launchOptions`). */
  test: BrowserTest;
  /** Closes the suite's browser if it was launched (the file's end does it otherwise). */
  close: () => Promise<void>;
}

/**
 * A `test` whose browser, panel and page are its own, each set up when first asked for and closed
 * after the file at the latest. Call it at the top level of a test file, where vitest takes
 * file-scoped fixtures; describeBrowsers() makes these for its suites.
 */
export function browserSuite(name: BrowserName, options: SuiteOptions = {}): BrowserSuite {
  let closing: Promise<void> | undefined;
  const launched: Launched = {
    close: async () => {
      if (!launched.browser) return;
      closing ??= launched.browser.close();
      await closing;
    },
  };
  return { name, test: extendFor(name, options, launched), close: launched.close };
}

/**
 * The suite's browser launched in a hook, as it was before the tests: a launch that fails fails the
 * suite once, instead of each test trying again. Registered after the body's own hooks, so those
 * run first (one that notes what came before the launch, or one that needs the page, which
 * launches it).
 */
function launchInHook({ test }: BrowserSuite) {
  test.beforeAll(({ browser: _launched }) => {});
}

export interface DescribeOptions extends SuiteOptions {
  /** The describe.each title, '$name' (the browser's) by default. */
  title?: string;
  /** Collect the suites only when this holds (describe.runIf), as for the screenshots. */
  runIf?: boolean;
}

/**
 * describe.each(BROWSERS)('$name', …): a suite per browser, each with a browser of its own (launched
 * with `options`), its panel and its page as fixtures of its `test`, closed when the suite ends.
 * Call at the top level of a test file.
 */
export function describeBrowsers(body: (suite: BrowserSuite) => void): void;
export function describeBrowsers(options: DescribeOptions, body: (suite: BrowserSuite) => void): void;
export function describeBrowsers(
  first: DescribeOptions | ((suite: BrowserSuite) => void),
  second?: (suite: BrowserSuite) => void,
): void {
  const [options, body] = typeof first === 'function' ? [{}, first] : [first, second];
  const suites = BROWSERS.map(({ name }) => browserSuite(name, options));
  describe.runIf(options.runIf ?? true).for(suites)(options.title ?? '$name', (suite) => {
    afterAll(suite.close);
    body?.(suite);
    launchInHook(suite);
  });
}

export interface VariantOptions<V> {
  /** The variants (views, languages, pages…), for every browser or for each its own. */
  each: readonly V[] | ((browser: BrowserName) => readonly V[]);
  /** The inner describe.each title, e.g. '$name' or 'with the browser in $language'. */
  title: string;
  /** How a variant's browser starts. */
  launch: (variant: V) => LaunchOptions;
  runIf?: boolean;
}

/**
 * describe.each(BROWSERS)('$name') and, inside each, describe.each(variants)(title): a suite per
 * browser and variant, each with a browser of its own launched with the variant's options, closed
 * when the suite ends. Call at the top level of a test file.
 */
export function describeBrowserVariants<V extends object>(
  options: VariantOptions<V>,
  body: (suite: BrowserSuite, variant: V) => void,
): void {
  const browsers = BROWSERS.map(({ name }) => {
    const variants = typeof options.each === 'function' ? options.each(name) : options.each;
    const suites = new Map(variants.map((v) => [v, browserSuite(name, { launch: options.launch(v) })]));
    return { name, suites };
  });
  describe.runIf(options.runIf ?? true).for(browsers)('$name', ({ suites }) => {
    describe.for([...suites.keys()])(options.title, (variant) => {
      const suite = suites.get(variant);
      if (!suite) throw new Error('a variant without its suite');
      afterAll(suite.close);
      body(suite, variant);
      launchInHook(suite);
    });
  });
}

/**
 * The pages, served from 127.0.0.1 for the file's tests: the test fixtures (harness/server.ts), or
 * the files of `folder` (the demo site), with the internet refused (see refuseInternet) unless
 * `offline` is false. Started before the file's tests and stopped after them: hooks, not a fixture,
 * since a file-scoped fixture is set up anew for each suite's `test`. Read `origin` inside tests.
 */
export function useServer({ offline = true, folder }: { offline?: boolean; folder?: string } = {}): {
  readonly origin: string;
} {
  let server: { origin: string; close: () => Promise<void> } | undefined;
  let refusing: { close: () => Promise<void> } | undefined;
  beforeAll(async () => {
    if (offline) refusing = await refuseInternet();
    server = folder ? await serveFolder(folder) : await startServer();
  });
  afterAll(async () => {
    await server?.close();
    await refusing?.close();
  });
  return {
    get origin() {
      if (!server) throw new Error('the server starts in beforeAll; read origin inside a test');
      return server.origin;
    },
  };
}

/** useServer() with the internet refused: the page-side tests' server. */
export const useOfflineServer = (folder?: string) => useServer({ folder });
