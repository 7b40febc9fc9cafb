import { setBadge } from '../src/background/badge';
import { registerCommands } from '../src/background/commands';
import { registerContextMenu } from '../src/background/context-menu';
import { getEngine } from '../src/background/engine-loader';
import { handleMessage } from '../src/background/handle-message';
import { lookUpInSidebar as openSidebar } from '../src/background/sidebar';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender) =>
    handleMessage(message, sender.tab?.id, { getEngine, setBadge, openSidebar }),
  );
  registerContextMenu();
  registerCommands();
});
