import { isPageRequestType, type PageResponse } from '../messages/page-contract';
import { startPretest } from './pretest';
import { createCostMeter } from './task-cost';

/** The part of the extension runtime the first look needs: no polyfill, so it stays tiny. */
export interface FirstLookRuntime {
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: {
    addListener(listener: FirstLookListener): void;
    removeListener(listener: FirstLookListener): void;
  };
}
type FirstLookListener = (message: unknown, sender: unknown, reply: (answer: PageResponse) => void) => void;

/**
 * The only script Receipts declares for every page. It runs the pretest and, when the page may name
 * the CSTO or Pashinyan, asks the background to inject the page app (highlights, cards, keyboard);
 * everywhere else that app is never even parsed. Until then it answers the popup's 'page-claims'
 * itself, so a page with nothing to find still says so.
 */
export function startFirstLook(doc: Document, runtime: FirstLookRuntime): void {
  const meter = createCostMeter();
  let found = false;
  let state: 'scanning' | 'no-mentions' = 'scanning';

  const onMessage: FirstLookListener = (message, _sender, reply) => {
    if (found || !isPageRequestType(message)) return;
    if ((message as { type: string }).type === 'page-claims')
      reply({ state, pageDate: null, claims: [], version: 0, cost: { ...meter.cost } });
    else reply({ error: `no claims on this page (${state})` });
  };
  runtime.onMessage.addListener(onMessage);

  startPretest(doc, meter, (run) => void setTimeout(run, 0), {
    hit: () => {
      found = true;
      // From here on the page app answers; an orphaned script (extension updated) just stops.
      try {
        runtime.onMessage.removeListener(onMessage);
        runtime.sendMessage({ type: 'load-page-app' }).catch(() => {});
      } catch {}
    },
    idle: () => {
      state = 'no-mentions';
    },
  });
}
