import { FIRST_LOOK_KEY } from '../../messages/first-look-answer';
import type { PageClaims } from '../../messages/page-contract';
import { createCostMeter } from '../common/task-cost';
import { startMentionWatch } from './mention-watch';

/** The part of the extension runtime the first look needs: no polyfill, so it stays tiny. */
export interface FirstLookRuntime {
  sendMessage(message: unknown): Promise<unknown>;
}

/**
 * The script Receipts declares for every page (with entrypoints/first-look-start.ts, which only
 * keeps the extension API for it: first-look-runtime.ts). It runs the mention watch and, when the
 * page may name the CSTO or Pashinyan, asks the background to inject the page app (highlights,
 * cards, keyboard); everywhere else that app is never even parsed, and the extension runtime is
 * never touched (its bindings alone would cost a page with nothing to find more than the test).
 * What it found is left in the isolated world, which the page cannot see, for sendToPage to read
 * when no app answers.
 */
export function startFirstLook(
  doc: Document,
  getRuntime: () => FirstLookRuntime | null,
  scope: object,
): void {
  const meter = createCostMeter();
  const answer: PageClaims = { state: 'scanning', pageDate: null, claims: [], version: 0, cost: meter.cost };
  Object.defineProperty(scope, FIRST_LOOK_KEY, { value: answer, configurable: true });
  startMentionWatch(doc, meter, (run) => void setTimeout(run, 0), {
    hit: () => {
      // An orphaned script (the extension was updated or removed) just stops.
      try {
        const runtime = getRuntime();
        // The page kept us from the extension: left for the popup to tell the reader.
        if (!runtime) answer.state = 'blocked';
        else runtime.sendMessage({ type: 'load-page-app' }).catch(() => {});
      } catch {}
    },
    idle: () => {
      answer.state = 'no-mentions';
    },
  });
}
