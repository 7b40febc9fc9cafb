import { browser } from 'wxt/browser';
import { FIRST_LOOK_KEY, readFirstLook } from './first-look-answer';
import { parsePageAnswer } from './page-answer';
import type { PageRequest, PageResponseOf } from './page-contract';

/**
 * Sends a request to the content script of a tab's top frame (Receipts runs in no other frame) and
 * returns its typed answer, checked field by field (src/messages/page-answer.ts): the content script
 * lives in a page that may be hostile. Throws when the tab has no content script (a browser page, a
 * page loaded before the extension), when the content script answers { error }, or when its answer
 * is not what the request allows.
 *
 * Pages with nothing to find have no page app to answer, only the first look, which does not listen
 * (src/content-scripts/first-look/first-look.ts): its answer is read from the page's isolated world
 * instead.
 */
export async function sendToPage<R extends PageRequest>(
  tabId: number,
  request: R,
): Promise<PageResponseOf[R['type']]> {
  let raw: unknown;
  try {
    raw = await browser.tabs.sendMessage(tabId, request, { frameId: 0 });
  } catch (noApp) {
    const firstLook = await askFirstLook(tabId);
    if (!firstLook) throw noApp;
    if (request.type !== 'page-claims')
      throw new Error(`no claims on this page (${String(firstLook.state).slice(0, 40)})`);
    raw = firstLook;
  }
  const answer = parsePageAnswer(request, raw);
  if ('error' in answer) throw new Error(answer.error);
  return answer;
}

async function askFirstLook(tabId: number): Promise<{ state?: unknown } | null> {
  try {
    const [frame] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      func: readFirstLook,
      args: [FIRST_LOOK_KEY],
    });
    const result = frame?.result as unknown;
    return typeof result === 'object' && result !== null ? (result as { state?: unknown }) : null;
  } catch {
    return null;
  }
}
