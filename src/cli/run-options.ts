import type { BrowserKind } from './find-browser';

// The command lines of `npm start` and `npm run scan`, parsed without touching the disk.

/** A page to open: a saved file (served from 127.0.0.1) or a page already served from this machine. */
export type PageInput = { kind: 'file'; path: string } | { kind: 'url'; url: string };

export interface StartOptions {
  browser: BrowserKind;
  /** Null: the demo article. */
  page: PageInput | null;
}

export interface ScanOptions extends StartOptions {
  json: boolean;
  /** Use the build as it is, even when older than the sources (the end-to-end tests do). */
  noBuild: boolean;
}

export type Parsed<T> = { ok: true; options: T } | { ok: false; error: string } | { ok: false; help: true };

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export const SCAN_USAGE = `usage: npm run scan -- [file.html | http://127.0.0.1:PORT/page] [--json] [--browser chromium|firefox] [--no-build]
  Runs Receipts, as built, on the page in a headless browser and prints each claim with its verdict,
  the reason and the top evidence. Without a page: the demo article (demo/article.html).`;

export const START_USAGE = `usage: npm start -- [--browser chromium|firefox] [file.html | http://127.0.0.1:PORT/page]
  Opens a browser with a fresh profile and Receipts loaded, on the demo article (or the page given).`;

/** A command-line page argument: a URL on this machine, or a path to a saved page. */
export function pageInput(arg: string): PageInput | { error: string } {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(arg)) {
    let url: URL;
    try {
      url = new URL(arg);
    } catch {
      return { error: `not a valid URL: ${arg}` };
    }
    if (url.protocol !== 'http:' || !LOCAL_HOSTS.has(url.hostname))
      return {
        error: `only pages served from this machine (http://127.0.0.1/...) are opened, so nothing goes to the internet; save the page and pass the file instead of ${arg}`,
      };
    return { kind: 'url', url: url.href };
  }
  return { kind: 'file', path: arg };
}

function parse(argv: readonly string[], scan: boolean): Parsed<ScanOptions> {
  let browser: BrowserKind = 'chromium';
  let json = false;
  let noBuild = false;
  let page: PageInput | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') return { ok: false, help: true };
    if (scan && arg === '--json') {
      json = true;
      continue;
    }
    if (scan && arg === '--no-build') {
      noBuild = true;
      continue;
    }
    if (arg === '--browser' || arg.startsWith('--browser=')) {
      const value = arg === '--browser' ? argv[++i] : arg.slice('--browser='.length);
      if (value === 'chromium' || value === 'chrome') browser = 'chromium';
      else if (value === 'firefox') browser = 'firefox';
      else return { ok: false, error: `--browser must be chromium or firefox, got ${value ?? 'nothing'}` };
      continue;
    }
    if (arg.startsWith('-')) return { ok: false, error: `unknown option ${arg}` };
    if (page) return { ok: false, error: `one page at a time: got ${arg} after another page` };
    const input = pageInput(arg);
    if ('error' in input) return { ok: false, error: input.error };
    page = input;
  }
  return { ok: true, options: { browser, page, json, noBuild } };
}

export const parseScanArgs = (argv: readonly string[]): Parsed<ScanOptions> => parse(argv, true);

export function parseStartArgs(argv: readonly string[]): Parsed<StartOptions> {
  const parsed = parse(argv, false);
  if (!parsed.ok) return parsed;
  const { browser, page } = parsed.options;
  return { ok: true, options: { browser, page } };
}
