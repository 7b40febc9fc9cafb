// The first look asks for the page app once per page. A renderer the page has compromised can speak
// for the first look and ask again and again, each time making the background inject and run the
// page app's whole script; so each tab gets the page app once per document, and a few times at most
// until the tab next navigates (a single-page site changing its address does not start a new
// document, but Firefox gives no document id to tell one document from the next).

/** Documents a tab may load the page app into between two navigations. */
const PER_NAVIGATION = 4;
/** Tabs remembered; the oldest is forgotten first (a tab closed while the worker slept). */
const TABS = 1_000;

export interface PageAppLoads {
  /** True, and counted, when this tab may have the page app loaded for this document now. */
  allow(tabId: number, document: string): boolean;
  /** The tab navigated or closed: it starts afresh. */
  forget(tabId: number): void;
}

export function createPageAppLoads(): PageAppLoads {
  const tabs = new Map<number, Set<string>>();
  return {
    allow(tabId, document) {
      const loaded = tabs.get(tabId) ?? new Set<string>();
      if (loaded.has(document) || loaded.size >= PER_NAVIGATION) return false;
      loaded.add(document);
      tabs.delete(tabId);
      tabs.set(tabId, loaded);
      if (tabs.size > TABS) tabs.delete(tabs.keys().next().value as number);
      return true;
    },
    forget(tabId) {
      tabs.delete(tabId);
    },
  };
}
