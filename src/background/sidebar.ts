import { browser } from 'wxt/browser';
import { LIMITS } from '../messages/contract';
import { dropStaleHandOff, PENDING_FRESH_MS, pendingHandOff } from '../settings/hand-off';

interface FirefoxSidebarAction {
  open(): Promise<void>;
}

/**
 * Asks the browser to open Receipts' sidebar: Chrome's side panel for the tab, or Firefox's
 * sidebar. Both browsers allow it only during a user action, so this must run before the caller
 * awaits anything. Resolves to whether the browser opened it.
 */
export function openSidebarNow(tabId: number | undefined): Promise<boolean> {
  try {
    const sidePanel = browser.sidePanel;
    if (sidePanel?.open && tabId !== undefined) {
      return sidePanel.open({ tabId }).then(
        () => true,
        () => false,
      );
    }
    const sidebarAction = (browser as unknown as { sidebarAction?: FirefoxSidebarAction }).sidebarAction;
    if (sidebarAction?.open) {
      return sidebarAction.open().then(
        () => true,
        () => false,
      );
    }
  } catch {
    // Thrown synchronously when called outside a user action in some versions: same as refused.
  }
  return Promise.resolve(false);
}

/**
 * Opens the sidebar and hands it the text to check and search. The open call comes first, while
 * the user gesture (the menu click, or the click on the page card) still counts; the text goes to
 * storage.session, where the sidebar picks it up whether it was already open or is just starting.
 */
export async function handOffToSidebar(
  text: string,
  tabId: number | undefined,
): Promise<{ opened: boolean }> {
  const opening = openSidebarNow(tabId);
  const trimmed = text.replace(/\s+/g, ' ').trim().slice(0, LIMITS.sentenceLength);
  await pendingHandOff.setValue({
    text: trimmed,
    tabId: tabId ?? null,
    at: Date.now(),
    incognito: await fromPrivateWindow(tabId),
  });
  // Deleted once stale even if no sidebar takes it (while this background lives; else at its next start).
  setTimeout(() => void dropStaleHandOff().catch(() => {}), PENDING_FRESH_MS + 1_000);
  return { opened: await opening };
}

/** Whether the tab is in a private window; an unknown tab counts as private, the safer guess. */
async function fromPrivateWindow(tabId: number | undefined): Promise<boolean> {
  if (tabId === undefined) return true;
  try {
    return (await browser.tabs.get(tabId)).incognito;
  } catch {
    return true;
  }
}
