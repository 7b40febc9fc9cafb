import {
  CHROMIUM_FLAGS,
  type ConsoleEntry,
  chromiumPath,
  firefoxPath,
  type Panel,
  type TestPage,
} from '../../src/browsers';

// Helpers shared by the page-side end-to-end tests (page-*.e2e.ts); their set-up (browser, panel,
// page, server) is harness/fixtures.ts.

/** What the page's main world sees of Receipts (the card host, our highlights), and the card itself. */
export interface Footprint {
  hosts: number;
  card: { label: string | null; role: string | null; text: string; focused: boolean } | null;
  highlights: Record<string, number>;
}

export async function footprint(page: TestPage): Promise<Footprint> {
  const seen = await page.evaluate(() => {
    const hosts = document.querySelectorAll('receipts-card');
    const highlights: Record<string, number> = {};
    const registry = (CSS as unknown as { highlights?: Map<string, Set<unknown>> }).highlights;
    registry?.forEach((h, name) => {
      highlights[name] = h.size;
    });
    return {
      hosts: hosts.length,
      hostFocused: hosts[0] !== undefined && document.activeElement === hosts[0],
      highlights,
    };
  });
  // The card is in a closed shadow root: read through the browser's automation protocol.
  const card = await page.inCard((root) => {
    const el = root.querySelector('.card');
    return (
      el && {
        label: el.getAttribute('aria-label'),
        role: el.getAttribute('role'),
        text: el.textContent ?? '',
        focused: root.activeElement === el,
      }
    );
  });
  return {
    hosts: seen.hosts,
    card: card ? { ...card, focused: card.focused && seen.hostFocused } : null,
    highlights: seen.highlights,
  };
}

/** The text of the open card, or null when no card is open. */
export function cardText(page: TestPage): Promise<string | null> {
  return page.inCard((root) => root.querySelector('.card')?.textContent ?? null).then((t) => t ?? null);
}

/** Viewport coordinates of the middle of the first line of `text` on the page (scrolled into view). */
export function pointAt(page: TestPage, text: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(wanted);
      if (at < 0) continue;
      (node.parentElement as Element).scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const rect = range.getClientRects()[0];
      return rect ? { x: rect.left + Math.min(rect.width / 2, 40), y: rect.top + rect.height / 2 } : null;
    }
    return null;
  }, text);
}

/** What heartbeat.js measured (see tests/e2e/fixtures/heartbeat.js). */
export interface Beat {
  /** The longest gap between two ticks after the page armed it, in ms: the longest task. */
  max: number;
  /** Gaps over 50 ms: [when, how long]. */
  long: [number, number][];
  /** When CSS.highlights first held something, in ms since navigation start; null if never. */
  firstHighlight: number | null;
  armedAt: number;
}

export async function readBeat(page: TestPage): Promise<Beat> {
  // Built as plain text: on the page that overwrites built-ins, the driver's own serializer breaks.
  const text = await page.evaluate(() => {
    const beat = (window as unknown as { __beat?: Beat }).__beat;
    if (!beat) return '-1||-1|';
    let long = '';
    for (let i = 0; i < beat.long.length; i++) long += `${beat.long[i]?.[0]},${beat.long[i]?.[1]};`;
    return `${beat.max}|${beat.firstHighlight ?? ''}|${beat.armedAt}|${long}`;
  });
  const [max, first, armedAt, long] = text.split('|');
  return {
    max: Number(max),
    firstHighlight: first ? Number(first) : null,
    armedAt: Number(armedAt),
    long: (long ?? '')
      .split(';')
      .filter(Boolean)
      .map((pair) => pair.split(',').map(Number) as [number, number]),
  };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The same browser without Receipts, for the baseline of the real-world comparison. Only what that
 * test needs: navigate without waiting for a load that may never come, and evaluate.
 */
export interface PlainPage {
  navigate(url: string): Promise<void>;
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
}

export async function launchPlain(
  name: 'chromium' | 'firefox',
): Promise<{ page: PlainPage; close: () => Promise<void> }> {
  if (name === 'chromium') {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({
      executablePath: chromiumPath(),
      headless: true,
      args: [...CHROMIUM_FLAGS],
    });
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    return {
      page: {
        navigate: async (url) =>
          void (await page.goto(url, { waitUntil: 'commit', timeout: 15_000 }).catch(() => {})),
        evaluate: (fn, arg) => page.evaluate(fn, arg as never),
      },
      close: () => browser.close(),
    };
  }
  const puppeteer = (await import('puppeteer-core')).default;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    args: ['--width=1280', '--height=900'],
  });
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  return {
    page: {
      navigate: (url) => navigateWithoutWaiting(page, url),
      evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg),
    },
    close: () => browser.close(),
  };
}

/**
 * Starts a navigation and returns once the new document is there (not loaded): some saved pages
 * keep Firefox's WebDriver BiDi navigation from ever completing ("Address rejected", see
 * TOOLCHAIN.md), with or without an extension, so waiting for it is not an option.
 */
export async function navigateWithoutWaiting(
  page:
    | { evaluate: TestPage['evaluate'] }
    | { evaluate: (fn: (u: string) => void, u: string) => Promise<unknown> },
  url: string,
): Promise<void> {
  await (page.evaluate as (fn: (u: string) => void, u: string) => Promise<unknown>)((u) => {
    location.href = u;
  }, url).catch(() => {});
}

/** Waits until the tab shows `url` and its document has been parsed; false if it never does. */
export async function documentReady(
  page: { evaluate: PlainPage['evaluate'] },
  url: string,
  timeoutMs = 15_000,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ready = await page
      .evaluate((u) => location.href === u && document.readyState !== 'loading', url)
      .catch(() => false);
    if (ready) return true;
    await sleep(20);
  }
  return false;
}

// Chromium reports a page's request for another extension's file as a failed load of
// chrome-extension://invalid/ (wikipedia-4.html links two stylesheets of an extension its author had
// installed): an extension URL is ours only where the page itself names none.
const EXTENSION_URL = /^(chrome|moz)-extension:\/\//;

/** The extension's own origin (chrome-extension://<id>/), from one of its pages. */
export const extensionOrigin = (panel: Panel): Promise<string> =>
  panel.page.evaluate(() => {
    type Api = { runtime: { getURL: (path: string) => string } };
    const g = globalThis as unknown as { browser?: Api; chrome?: Api };
    return (g.browser ?? g.chrome)?.runtime.getURL('/') ?? '';
  });

/**
 * Of what a page logged, what came from Receipts: a message whose script or resource is the
 * extension's, one of our "[Receipts]" warnings, or an uncaught error whose stack passes through our
 * scripts (issue 14: Receipts logs nothing, no error and no warning, on any page).
 */
export async function consoleFromReceipts(
  page: TestPage,
  origin: string,
  entries: ConsoleEntry[],
  file: string,
): Promise<string[]> {
  const namesExtensions = await page
    .evaluate(() =>
      [...document.querySelectorAll('[href], [src]')].some((e) =>
        /^(chrome|moz)-extension:/.test(e.getAttribute('href') ?? e.getAttribute('src') ?? ''),
      ),
    )
    .catch(() => false);
  return entries
    .filter(
      (e) =>
        e.url.startsWith(origin) ||
        e.text.includes(origin) ||
        e.text.includes('[Receipts]') ||
        (EXTENSION_URL.test(e.url) && !namesExtensions),
    )
    .map((e) => `${file}: ${e.type}: ${e.text} (${e.url})`);
}

/** The line boxes of the claim our highlights paint with this text (scrolled into view), and a point on its first line. */
export const paintedLines = (page: TestPage, text: string, scroll = true) =>
  page.evaluate(
    ({ wanted, scroll }) => {
      const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
      for (const [name, h] of CSS.highlights) {
        if (name.startsWith('receipts-active')) continue;
        for (const range of h as unknown as Set<Range>) {
          if (norm(String(range)) !== wanted) continue;
          // The sentence's first line a third of the way down: centring its paragraph instead put
          // the first line above a short viewport (200% zoom) when the paragraph was taller.
          const first0 = range.getClientRects()[0];
          if (scroll && first0) window.scrollBy(0, first0.top - innerHeight / 3);
          const lines = [...range.getClientRects()]
            .filter((r) => r.width > 0 && r.height > 0)
            .map((r) => ({ top: r.top, bottom: r.bottom, left: r.left, right: r.right }));
          const first = lines[0];
          return first
            ? {
                lines,
                x: first.left + Math.min(20, (first.right - first.left) / 2),
                y: (first.top + first.bottom) / 2,
              }
            : null;
        }
      }
      return null;
    },
    { wanted: text, scroll },
  );
