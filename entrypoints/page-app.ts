import { ContentScriptContext } from 'wxt/utils/content-script-context';
import cardCss from '../src/content-scripts/page-app/card.css?inline';
import { mountCardHost } from '../src/content-scripts/page-app/card-host';
import { ignoreImpostors, startedEventName } from '../src/content-scripts/page-app/impostors';
import { startPageApp } from '../src/content-scripts/page-app/page-app';
import { pageDate } from '../src/content-scripts/page-app/page-date';
import { flagRequest } from '../src/flags/flag-request';
import { interfaceText, watchInterfaceText } from '../src/i18n/current';
import { send } from '../src/messages/send';
import { pausedSites, watchPausedSites } from '../src/settings/paused-sites';
import { showRelated, watchShowRelated } from '../src/settings/show-related';

// Injected by the background (src/background/page-app-loader.ts) only into pages where the first
// look (entrypoints/first-look.ts) found a mention, together with the ::highlight() rules.
export default defineUnlistedScript(() => {
  // No window.postMessage announcing the script to the page; and no page may pose as a newer copy.
  const ctx = new ContentScriptContext('page-app', { noScriptStartedPostMessage: true });
  const startedEvent = startedEventName(ContentScriptContext);
  ctx.onInvalidated(ignoreImpostors(window, startedEvent, () => browser.runtime?.id !== undefined));
  const app = startPageApp({
    doc: document,
    win: window,
    setTimeout: (run, ms) => ctx.setTimeout(run, ms),
    clearTimeout: (id) => clearTimeout(id),
    requestAnimationFrame: (run) => ctx.requestAnimationFrame(run),
    check: async (sentences, date) => (await send({ type: 'check', sentences, pageDate: date })).results,
    sendStatus: (claimCount, worst) => send({ type: 'page-status', claimCount, worst }),
    openSidebar: async (query) => (await send({ type: 'open-sidebar', query })).opened,
    flag: async (sentence, date, report) => void (await send(flagRequest(sentence, date, report))),
    pageDate: (doc) => pageDate(doc),
    mountHost: () => mountCardHost(ctx, cardCss),
    pausedSites: { get: () => pausedSites.getValue(), watch: watchPausedSites },
    showRelated: { get: () => showRelated.getValue(), watch: watchShowRelated },
    interfaceText: { get: interfaceText, watch: watchInterfaceText },
  });
  const onMessage = (message: unknown) => app.handleMessage(message);
  browser.runtime.onMessage.addListener(onMessage);
  ctx.addEventListener(window, 'wxt:locationchange', () => app.locationChanged());
  ctx.onInvalidated(() => {
    // First: once the extension is gone, touching browser.runtime throws.
    app.destroy();
    try {
      browser.runtime.onMessage.removeListener(onMessage);
    } catch {}
  });
});
