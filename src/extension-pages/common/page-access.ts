// What the browser lets Receipts do on a tab, from its address alone. Browsers keep extensions out
// of their own pages and their add-on stores whatever the permissions say; file:// pages are not
// among the sites Receipts asks for (wxt.config.ts: http and https only).

export type PageAccess =
  | { kind: 'web'; origin: string; host: string }
  | { kind: 'file' }
  | { kind: 'browser-page'; scheme: string }
  | { kind: 'store'; host: string }
  /** The browser did not tell us the address: Receipts has no access to this tab at all. */
  | { kind: 'unknown' };

const STORES: { host: string; path?: string }[] = [
  { host: 'chromewebstore.google.com' },
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
  { host: 'addons.mozilla.org' },
];

export function pageAccess(url: string | undefined): PageAccess {
  if (!url) return { kind: 'unknown' };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { kind: 'unknown' };
  }
  const scheme = parsed.protocol.replace(/:$/, '');
  if (scheme === 'file') return { kind: 'file' };
  if (scheme !== 'http' && scheme !== 'https') return { kind: 'browser-page', scheme };
  const host = parsed.hostname.toLowerCase();
  if (STORES.some((s) => s.host === host && (!s.path || parsed.pathname.startsWith(s.path)))) {
    return { kind: 'store', host };
  }
  return { kind: 'web', origin: parsed.origin, host };
}

/** The match pattern permissions.request needs for one site: every page of that origin. */
export const originPattern = (origin: string): string => `${origin}/*`;

/**
 * The tab the popup or sidebar talks to, when the page's address names it: `?tab=<id>`, and
 * optionally `&url=<its address>`. Tests open these pages as tabs of their own, where "the active
 * tab" would be the page itself, and where the browser hides the other tab's address: it shows it
 * to Receipts only after the reader's click on the toolbar button (activeTab), which a test cannot
 * make. Without `tab` both are null: the active tab, with the address the click revealed.
 */
export function targetFromQuery(search: string): { tabId: number | null; url: string | null } {
  const params = new URLSearchParams(search);
  const value = params.get('tab');
  if (value === null || !/^\d{1,10}$/.test(value)) return { tabId: null, url: null };
  const url = params.get('url');
  return { tabId: Number(value), url: url && /^(https?|file):/.test(url) ? url : null };
}
