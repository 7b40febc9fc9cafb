import { browser } from 'wxt/browser';
import type { PageRequest, PageResponseOf } from './page-contract';

/**
 * Sends a request to the content script of a tab's top frame (Receipts runs in no other frame) and
 * returns its typed answer. Throws when the tab has no content script (a browser page, a page loaded
 * before the extension) or when the content script answers { error }.
 */
export async function sendToPage<R extends PageRequest>(
  tabId: number,
  request: R,
): Promise<PageResponseOf[R['type']]> {
  const response = (await browser.tabs.sendMessage(tabId, request, { frameId: 0 })) as
    | PageResponseOf[R['type']]
    | { error: string }
    | undefined;
  if (response === undefined) throw new Error('no answer from the page');
  if (typeof response === 'object' && response !== null && 'error' in response)
    throw new Error(response.error);
  return response;
}
