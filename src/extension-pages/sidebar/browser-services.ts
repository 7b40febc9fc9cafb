import { browser } from 'wxt/browser';
import { flagRequest } from '../../flags/flag-request';
import { send } from '../../messages/send';
import { handOff, pendingHandOff } from '../../settings/hand-off';
import { browserPageServices } from '../common/browser-services';
import type { SidebarServices } from './services';

// The sidebar's own window: in Chrome's spanning incognito mode an extension page does not run
// incognito even in a private window, so the window says what extension.inIncognitoContext cannot.
const inPrivateWindow = async (): Promise<boolean> => {
  try {
    return (await browser.windows.getCurrent()).incognito;
  } catch {
    return false;
  }
};

/** The sidebar's services over the real browser. */
export function browserSidebarServices(): SidebarServices {
  return {
    ...browserPageServices,
    search: (query, filters, limit) => send({ type: 'search', query, filters, limit }),
    timeline: async (query, filters) => (await send({ type: 'timeline', query, filters })).months,
    detail: (id) => send({ type: 'statement-detail', id }),
    facets: () => send({ type: 'search-facets' }),
    check: async (text, pageDate) => {
      const { results } = await send({ type: 'check', sentences: [text], pageDate });
      const [result] = results;
      if (!result) throw new Error('no answer for the text');
      return result;
    },
    flag: async (text, pageDate, report, tabId) =>
      void (await send(flagRequest(text, pageDate, report, tabId))),
    async takeHandOff() {
      const pending = await pendingHandOff.getValue();
      const action = handOff(pending, await inPrivateWindow(), Date.now());
      if (action !== 'leave') await pendingHandOff.setValue(null);
      return action === 'take' ? pending : null;
    },
    watchHandOff: (callback) =>
      pendingHandOff.watch(async (value) => {
        const action = handOff(value, await inPrivateWindow(), Date.now());
        if (action !== 'leave') void pendingHandOff.setValue(null);
        if (action === 'take' && value) callback(value);
      }),
    watchCurrentTab(notify) {
      // Loading tabs and busy pages report often; one refresh per burst is enough.
      let timer: ReturnType<typeof setTimeout> | undefined;
      const callback = () => {
        clearTimeout(timer);
        timer = setTimeout(notify, 150);
      };
      let windowId: number | undefined;
      void browser.windows.getCurrent().then((w) => {
        windowId = w.id;
      });
      const onActivated = (info: { windowId: number }) => {
        if (windowId === undefined || info.windowId === windowId) callback();
      };
      const onUpdated = (_id: number, change: { status?: string; url?: string }) => {
        if (change.status === 'complete' || change.url !== undefined) callback();
      };
      // Content scripts tell the background when their claims change ('page-status'); extension
      // pages hear runtime messages too. This listener only listens: it returns nothing, so the
      // background's answer is the one the page gets.
      const onMessage = (message: unknown) => {
        if ((message as { type?: unknown } | null)?.type === 'page-status') callback();
      };
      browser.tabs.onActivated.addListener(onActivated);
      browser.tabs.onUpdated.addListener(onUpdated);
      browser.runtime.onMessage.addListener(onMessage);
      return () => {
        clearTimeout(timer);
        browser.tabs.onActivated.removeListener(onActivated);
        browser.tabs.onUpdated.removeListener(onUpdated);
        browser.runtime.onMessage.removeListener(onMessage);
      };
    },
  };
}
