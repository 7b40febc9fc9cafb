import { browser } from 'wxt/browser';
import { FIRST_LOOK_KEY, readFirstLook } from '../page/first-look-answer';
import type { PageRequest, PageResponseOf } from './page-contract';

/**
 * Sends a request to the content script of a tab's top frame (Receipts runs in no other frame) and
 * returns its typed answer. Throws when the tab has no content script (a browser page, a page loaded
 * before the extension) or when the content script answers { error }.
 *
 * Pages with nothing to find have no page app to answer, only the first look, which does not listen
 * (src/page/first-look.ts): its answer is read from the page's isolated world instead.
 */
export async function sendToPage<R extends PageRequest>(
  tabId: number,
  request: R,
): Promise<PageResponseOf[R['type']]> {
  let response: PageResponseOf[R['type']] | { error: string } | undefined;
  try {
    response = (await browser.tabs.sendMessage(tabId, request, { frameId: 0 })) as typeof response;
  } catch (noApp) {
    const firstLook = await askFirstLook(tabId);
    if (!firstLook) throw noApp;
    if (request.type !== 'page-claims') throw new Error(`no claims on this page (${firstLook.state})`);
    return firstLook as PageResponseOf[R['type']];
  }
  if (response === undefined) throw new Error('no answer from the page');
  if (typeof response === 'object' && response !== null && 'error' in response)
    throw new Error(response.error);
  return response;
}

async function askFirstLook(tabId: number): Promise<PageResponseOf['page-claims'] | null> {
  try {
    const [frame] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      func: readFirstLook,
      args: [FIRST_LOOK_KEY],
    });
    return (frame?.result as PageResponseOf['page-claims'] | null | undefined) ?? null;
  } catch {
    return null;
  }
}
