// The first look asks for the page app once per page. A renderer the page has compromised can speak
// for the first look and ask again and again, each time making the background inject and run the
// page app's whole script; so each tab gets the page app once per document.
//
// Chrome names each document (MessageSender.documentId, set by the browser, not the renderer), and
// that is the whole rule. Firefox gives no document id, so there the address stands in for it, and a
// tab gets a few addresses at most until it next navigates (a single-page site changing its address
// starts no new document); the background then has to hear of navigations, which in Firefox's
// persistent background page costs nothing. Chrome's service worker is never woken for them.

/** Addresses a tab may load the page app for between two navigations, where there is no document id. */
const PER_NAVIGATION = 4;
/** Document ids remembered per tab: a page that comes back from the back-forward cache is the same one. */
const DOCUMENTS_PER_TAB = 16;
/** Tabs remembered; the oldest is forgotten first (a tab closed while nobody listened). */
const TABS = 1_000;

export interface PageAppLoads {
  /** True, and counted, when this tab may have the page app loaded for this document now. */
  allow(tabId: number, document: { id?: string; url?: string }): boolean;
  /** The tab navigated or closed: it starts afresh. */
  forget(tabId: number): void;
}

/** `watchNavigations` is called once, the first time an address has to stand in for a document id. */
export function createPageAppLoads(watchNavigations: () => void = () => {}): PageAppLoads {
  const tabs = new Map<number, Set<string>>();
  let watching = false;
  return {
    allow(tabId, { id, url = '' }) {
      const loaded = tabs.get(tabId) ?? new Set<string>();
      const key = id === undefined ? `url ${url}` : `id ${id}`;
      if (loaded.has(key)) return false;
      if (id === undefined) {
        if (!watching) {
          watching = true;
          watchNavigations();
        }
        const byAddress = [...loaded].filter((k) => k.startsWith('url ')).length;
        if (byAddress >= PER_NAVIGATION) return false;
      }
      loaded.add(key);
      if (loaded.size > DOCUMENTS_PER_TAB) loaded.delete(loaded.keys().next().value as string);
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
