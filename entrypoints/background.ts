import { acceptMessage } from '../src/background/accept-message';
import { setBadge } from '../src/background/badge';
import { registerCommands } from '../src/background/commands';
import { registerContextMenu } from '../src/background/context-menu';
import { getEngine } from '../src/background/engine-loader';
import { loadPageApp } from '../src/background/page-app-loader';
import { createPageAppLoads } from '../src/background/page-app-loads';
import { handOffToSidebar as openSidebar } from '../src/background/sidebar';
import { keepFlag } from '../src/flags/kept';
import { keptInterfaceText } from '../src/i18n/current';
import { dropStaleHandOff } from '../src/settings/hand-off';

export default defineBackground(() => {
  const getText = keptInterfaceText();
  const self = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
  const pageAppLoads = createPageAppLoads(() => {
    browser.tabs.onUpdated.addListener((tabId, change) => {
      if (change.status === 'loading') pageAppLoads.forget(tabId);
    });
    browser.tabs.onRemoved.addListener((tabId) => pageAppLoads.forget(tabId));
  });
  const tabAddress = async (tabId: number) => (await browser.tabs.get(tabId)).url;
  browser.runtime.onMessage.addListener((message, sender) =>
    acceptMessage(message, sender, self, {
      getEngine,
      getText,
      setBadge,
      openSidebar,
      loadPageApp,
      pageAppLoads,
      keepFlag,
      tabAddress,
    }),
  );
  registerContextMenu();
  registerCommands();
  // A sidebar hand-off nobody took while the background slept is deleted, not kept.
  void dropStaleHandOff().catch(() => {});
});
