import { setBadge } from '../src/background/badge';
import { getEngine } from '../src/background/engine-loader';
import { handleMessage } from '../src/background/handle-message';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender) =>
    handleMessage(message, sender.tab?.id, { getEngine, setBadge }),
  );
});
