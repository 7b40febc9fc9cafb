import type { PageClaims } from '../../messages/page-contract';
import { type PageAccess, pageAccess } from './page-access';
import type { PageServices, TabInfo } from './services';

/** Everything the popup (and the sidebar's "On this page") can have to say about a tab. */
export type PageView =
  | { kind: 'loading' }
  | { kind: 'no-tab' }
  /** The browser keeps extensions out of this page; nothing to ask for. */
  | { kind: 'cannot-scan'; access: Exclude<PageAccess, { kind: 'web' }> }
  /** The reader withheld this site from Receipts (Chrome's site access); the browser can ask again. */
  | { kind: 'needs-access'; tab: TabInfo; origin: string; host: string }
  /** Receipts may read the site but is not running in this tab: it was open before Receipts was
   * installed, updated or allowed. A reload starts it. */
  | { kind: 'not-running'; tab: TabInfo; host: string }
  | { kind: 'paused'; tab: TabInfo; host: string }
  | { kind: 'page'; tab: TabInfo; host: string | null; page: PageClaims }
  | { kind: 'error'; message: string };

/** Works out what to show for a tab: asks its content script, and when none answers, why not. */
export async function loadPageView(services: PageServices, tab: TabInfo | null): Promise<PageView> {
  if (!tab) return { kind: 'no-tab' };
  const access = pageAccess(tab.url);
  if (access.kind === 'browser-page' || access.kind === 'store') return { kind: 'cannot-scan', access };
  const host = access.kind === 'web' ? access.host : null;
  try {
    const page = await services.pageClaims(tab.id);
    if (page.state === 'paused' && host) return { kind: 'paused', tab, host };
    // Only an extension page can tell the toolbar: the first look could not reach the extension.
    if (page.state === 'blocked') await services.flagBlocked?.(tab.id).catch(() => {});
    return { kind: 'page', tab, host, page };
  } catch (error) {
    if (access.kind !== 'web') return { kind: 'cannot-scan', access };
    if (host && (await services.pausedSites()).includes(host)) return { kind: 'paused', tab, host };
    try {
      if (!(await services.hasAccess(access.origin))) {
        return { kind: 'needs-access', tab, origin: access.origin, host: access.host };
      }
    } catch {
      return { kind: 'error', message: (error as Error).message };
    }
    return { kind: 'not-running', tab, host: access.host };
  }
}

/** Still worth asking again soon: the page is scanning, or was just reloaded. */
export const isSettling = (view: PageView): boolean => view.kind === 'page' && view.page.state === 'scanning';
