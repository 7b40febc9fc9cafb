import { send } from '../../src/messages/send';
import { mountCardHost } from '../../src/page/card-host';
import { startPageApp } from '../../src/page/page-app';
import { pageDate } from '../../src/page/page-date';
import { pausedSites, watchPausedSites } from '../../src/settings/paused-sites';
import cardCss from '../../src/ui/card/card.css?inline';
// The ::highlight() rules: manifest CSS, so nothing is added to the page to carry them.
import '../../src/page/highlights.css';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  // The top frame only: see README ("Frames").
  allFrames: false,
  cssInjectionMode: 'manifest',
  main(ctx) {
    const app = startPageApp({
      doc: document,
      win: window,
      setTimeout: (run, ms) => ctx.setTimeout(run, ms),
      clearTimeout: (id) => clearTimeout(id),
      requestAnimationFrame: (run) => ctx.requestAnimationFrame(run),
      check: async (sentences, date) => (await send({ type: 'check', sentences, pageDate: date })).results,
      sendStatus: (claimCount, worst) => send({ type: 'page-status', claimCount, worst }),
      openSidebar: async (query) => (await send({ type: 'open-sidebar', query })).opened,
      pageDate: (doc) => pageDate(doc),
      mountHost: () => mountCardHost(ctx, cardCss),
      pausedSites: { get: () => pausedSites.getValue(), watch: watchPausedSites },
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
  },
});
