import { browser } from 'wxt/browser';
import { interfaceText, watchInterfaceText } from '../i18n/current';
import { handOffToSidebar } from './sidebar';

export const MENU_ID = 'receipts-check-selection';

/**
 * "Check with Receipts" on selected text. The item is recreated each time the background starts
 * (removeAll first, so a restarted MV3 service worker does not hit a duplicate id, and a Firefox
 * MV2 background page, whose menus do not outlive the browser session, always has it). The click
 * listener is added synchronously at start-up, as MV3 requires for events that wake the worker.
 */
export function registerContextMenu(): void {
  void Promise.all([interfaceText(), browser.contextMenus.removeAll()])
    .then(([text]) => {
      browser.contextMenus.create({
        id: MENU_ID,
        title: text.t('menuCheckSelection'),
        contexts: ['selection'],
      });
    })
    .catch(() => {
      // Without the menu, the sidebar's own search still works; nothing else depends on it.
    });
  watchInterfaceText((text) => {
    void browser.contextMenus.update(MENU_ID, { title: text.t('menuCheckSelection') }).catch(() => {});
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || !info.selectionText) return;
    // Same path as the page card's { type: 'open-sidebar' } message, so one test covers both.
    void handOffToSidebar(info.selectionText, tab?.id);
  });
}
