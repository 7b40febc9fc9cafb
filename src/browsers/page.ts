import type { CDPSession } from 'playwright-core';

// One small interface over Playwright (Chromium) and Puppeteer over WebDriver BiDi (Firefox), so
// every end-to-end test, and the scan CLI, is written once and runs in both browsers.

export interface TestPage {
  goto(url: string): Promise<void>;
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /**
   * Runs `fn` on the closed shadow root of Receipts' card host (the first <receipts-card>), in the
   * page's main world; null when there is no host. The page's own scripts cannot reach that root:
   * the DevTools protocol can (src/browsers/card-reader.ts).
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

/** A web page's viewport in CSS pixels, and device pixels per CSS pixel (2 for a 200% zoom). */
export interface View {
  width: number;
  height: number;
  deviceScaleFactor: number;
}

/** The viewport every page gets unless a launch asks for another. */
export const DEFAULT_VIEW: View = { width: 1280, height: 900, deviceScaleFactor: 1 };

export interface LaunchOptions {
  /** The browser's interface language (e.g. "ru", "hy-AM"), from Debian's language packs. */
  language?: string;
  /** The scheme the OS is taken to prefer (what `prefers-color-scheme` matches); light by default. */
  colorScheme?: 'light' | 'dark';
  /** Forced colours (Windows High Contrast and the like): `forced-colors: active` matches. */
  forcedColors?: boolean;
  /** The web pages' viewport (DEFAULT_VIEW unless given). */
  view?: View;
  /** The browser's program; CHROMIUM_PATH or FIREFOX_PATH, else the Debian package's, by default. */
  executablePath?: string;
}

/** Launches a browser with the build in `outputDir` (a test's own build; the suite's by default). */
export type Launch = (outputDir?: string, options?: LaunchOptions) => Promise<TestBrowser>;
