import { browser } from 'wxt/browser';
import { sendToPage } from '../../messages/send-to-page';
import { pausedSites, setPaused, watchPausedSites } from '../../settings/paused-sites';
import { originPattern } from './page-access';
import type { PageServices, PopupServices, TabInfo } from './services';

// The PageServices the popup and the sidebar use, over the real browser APIs.

const toInfo = (tab: { id?: number; url?: string; windowId?: number } | undefined): TabInfo | null =>
  tab?.id === undefined ? null : { id: tab.id, url: tab.url, windowId: tab.windowId };

// A reload is done when the tab says "complete"; a page that never finishes still gets asked after
// this long (the content script may well be running by then).
const RELOAD_WAIT_MS = 10_000;

function reloadAndWait(tabId: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      browser.tabs.onUpdated.removeListener(listener);
      resolve();
    };
    const listener = (id: number, change: { status?: string }) => {
      if (id === tabId && change.status === 'complete') done();
    };
    const timer = setTimeout(done, RELOAD_WAIT_MS);
    browser.tabs.onUpdated.addListener(listener);
    browser.tabs.reload(tabId).catch((error: Error) => {
      clearTimeout(timer);
      browser.tabs.onUpdated.removeListener(listener);
      reject(error);
    });
  });
}

export const browserPageServices: PageServices = {
  async getTab(id) {
    if (id !== null) return toInfo(await browser.tabs.get(id));
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return toInfo(tab);
  },
  pageClaims: (tabId) => sendToPage(tabId, { type: 'page-claims' }),
  showClaim: async (tabId, index) => {
    await sendToPage(tabId, { type: 'show-claim', index });
    // Bring the page forward: when the popup was opened as a tab (tests) the page is behind it.
    await browser.tabs.update(tabId, { active: true });
  },
  hasAccess: (origin) => browser.permissions.contains({ origins: [originPattern(origin)] }),
  requestAccess: (origin) => browser.permissions.request({ origins: [originPattern(origin)] }),
  reload: reloadAndWait,
  pausedSites: () => pausedSites.getValue(),
  setPaused: async (host, paused) => void (await setPaused(host, paused)),
  watchPausedSites,
  flagBlocked: async (tabId) => {
    // Firefox MV2 has browserAction where MV3 has action.
    const action = browser.action ?? browser.browserAction;
    await action.setBadgeText({ tabId, text: '!' });
    await action.setBadgeBackgroundColor({ tabId, color: '#b3261e' });
    await action.setTitle({ tabId, title: 'Receipts: this page keeps Receipts from checking it' });
  },
};

interface FirefoxSidebarAction {
  open(): Promise<void>;
}

/** Opens the sidebar from a click in an extension page (the click is the user gesture both
 * browsers require, so nothing may be awaited first). */
export function openSidebarFromClick(tab: TabInfo | null): void {
  const sidePanel = browser.sidePanel;
  if (sidePanel?.open) {
    const target = tab ? { tabId: tab.id } : { windowId: browser.windows.WINDOW_ID_CURRENT };
    void sidePanel.open(target).catch(() => {});
    return;
  }
  const sidebarAction = (browser as unknown as { sidebarAction?: FirefoxSidebarAction }).sidebarAction;
  void sidebarAction?.open().catch(() => {});
}

/** The page services for a target named by the page's address (see targetFromQuery): the named
 * tab instead of the active one, with the address given where the browser withholds it. */
export function servicesFor<S extends PageServices>(
  services: S,
  target: { tabId: number | null; url: string | null },
): S {
  if (target.tabId === null) return services;
  return {
    ...services,
    getTab: async (id: number | null) => {
      const tab = await services.getTab(id ?? target.tabId);
      return tab && tab.id === target.tabId && !tab.url && target.url ? { ...tab, url: target.url } : tab;
    },
  };
}

export const browserPopupServices: PopupServices = {
  ...browserPageServices,
  openSidebar: openSidebarFromClick,
  openOptions: () => void browser.runtime.openOptionsPage(),
  close: () => window.close(),
};
