import type { PageClaims } from '../../messages/page-contract';

// What the popup and the sidebar need from the browser, as one small interface: the browser
// version (browser-services.ts) is used by the pages, and tests pass fakes, so every view and
// every state can be tested without a browser.

export interface TabInfo {
  id: number;
  url: string | undefined;
  windowId: number | undefined;
}

export interface PageServices {
  /** The tab with this id, or the active tab of this window when id is null. */
  getTab(id: number | null): Promise<TabInfo | null>;
  /** Asks the tab's content script for its claims; throws when none answers. */
  pageClaims(tabId: number): Promise<PageClaims>;
  showClaim(tabId: number, index: number): Promise<void>;
  hasAccess(origin: string): Promise<boolean>;
  /** The browser's own permission prompt for one site; resolves to whether it was granted. */
  requestAccess(origin: string): Promise<boolean>;
  reload(tabId: number): Promise<void>;
  pausedSites(): Promise<string[]>;
  setPaused(host: string, paused: boolean): Promise<void>;
  watchPausedSites(callback: (sites: string[]) => void): () => void;
  /** Marks the tab's toolbar button: the page keeps Receipts from checking it (PageState 'blocked'). */
  flagBlocked?(tabId: number): Promise<void>;
}

export interface PopupServices extends PageServices {
  /** Must call the browser's open before anything async: it needs the click's user gesture. */
  openSidebar(tab: TabInfo | null): void;
  openOptions(): void;
  /** Closes the popup (a no-op where the popup was opened as a tab). */
  close(): void;
}
