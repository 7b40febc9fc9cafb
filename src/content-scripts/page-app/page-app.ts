import type { PageClaims, PageRequest, PageResponse, PageState } from '../../messages/page-contract';
import { isPageRequestType, parsePageRequest } from '../../messages/page-contract';
import { createCostMeter } from '../common/task-cost';
import { type MentionWatch, startMentionWatch } from '../first-look/mention-watch';
import { removeLeftovers, type ShownVerdict } from './highlights';
import type { PageEnv } from './page-env';
import { createSession, type Session } from './session';

export type { PageEnv } from './page-env';

export interface PageApp {
  /** Answers a message meant for the content script; undefined for anything else it overhears. */
  handleMessage(message: unknown): Promise<PageResponse> | undefined;
  /** Single-page navigation: the page date may have changed with the article. */
  locationChanged(): void;
  /** The content script is going away (extension reloaded or updated): leave nothing behind. */
  destroy(): void;
  readonly state: PageState;
}

// How long after a single-page navigation to read the page date again: frameworks swap the
// article's metadata in after the URL changes.
const DATE_RECHECK_MS = [500, 2_000];

/**
 * The page app, from the mention watch to highlights, cards and keyboard access.
 *
 * States: paused (the reader paused this site), no-mentions (the page text never names the CSTO or
 * Pashinyan: nothing more runs except a cheap test of text the page adds later), scanning and
 * ready (a session is reading the page and showing its claims).
 */
export function startPageApp(env: PageEnv): PageApp {
  const { doc, win } = env;
  const meter = createCostMeter();
  removeLeftovers(doc);
  let state: PageState = 'scanning';
  let session: Session | null = null;
  let mentionWatch: MentionWatch | null = null;
  let destroyed = false;
  let paused = false;
  // What the badge shows now, so it is only told about changes (and never about a page with none).
  let badge = { count: 0, worst: null as ShownVerdict | null };

  const hostname = () => win.location.hostname.toLowerCase();

  const setBadge = (count: number, worst: ShownVerdict | null) => {
    if (badge.count === count && badge.worst === worst) return;
    badge = { count, worst };
    env.sendStatus(count, worst).catch(() => {});
  };

  const quiet = () => {
    mentionWatch?.stop();
    mentionWatch = null;
    session?.stop();
    session = null;
  };

  const begin = () => {
    quiet();
    if (destroyed || paused) return;
    state = 'scanning';
    mentionWatch = startMentionWatch(doc, meter, (run) => void env.setTimeout(run, 0), {
      hit: () => {
        mentionWatch = null;
        activate();
      },
      idle: () => {
        state = 'no-mentions';
      },
    });
  };

  const activate = () => {
    quiet();
    if (destroyed || paused) return;
    state = 'scanning';
    session = meter.time('start', () =>
      createSession(env, meter, {
        onClaims: (count, worst) => setBadge(count, worst),
        onState: (s) => {
          state = s;
        },
      }),
    );
  };

  const onPausedChange = meter.wrap('paused', (sites: readonly string[]) => {
    const now = sites.includes(hostname());
    if (now === paused) return;
    paused = now;
    if (paused) {
      quiet();
      state = 'paused';
      setBadge(0, null);
    } else begin();
  });

  const unwatch = env.pausedSites.watch(onPausedChange);
  env.pausedSites.get().then(
    meter.wrap('start', (sites: readonly string[]) => {
      paused = sites.includes(hostname());
      if (paused) state = 'paused';
      else begin();
    }),
    meter.wrap('start', () => begin()),
  );

  const claimsAnswer = (): PageClaims => ({
    state,
    pageDate: session?.pageDate ?? null,
    claims: (session?.claims() ?? []).map((claim, index) => ({
      index,
      text: claim.text,
      result: claim.result,
    })),
    version: session?.version ?? 0,
    cost: { ...meter.cost },
  });

  const answer = async (request: PageRequest): Promise<PageResponse> => {
    switch (request.type) {
      case 'page-claims':
        return claimsAnswer();
      case 'show-claim': {
        if (!session) return { error: `no claims on this page (${state})` };
        return session.show(request.index);
      }
      case 'navigate-claim': {
        if (!session) return { error: `no claims on this page (${state})` };
        return session.navigate(request.direction);
      }
    }
  };

  return {
    handleMessage(message) {
      if (destroyed || !isPageRequestType(message)) return undefined;
      const request = parsePageRequest(message);
      if ('error' in request) return Promise.resolve(request);
      const start = performance.now();
      return answer(request)
        .catch((error: unknown): PageResponse => {
          meter.error('message', error);
          return { error: 'the page could not answer' };
        })
        .finally(() => meter.record('message', performance.now() - start));
    },
    locationChanged() {
      const recheck = meter.wrap('navigation', () => session?.refreshPageDate());
      for (const ms of DATE_RECHECK_MS) env.setTimeout(recheck, ms);
    },
    destroy() {
      destroyed = true;
      // The page first: once the extension is gone, every browser.* call below throws.
      quiet();
      try {
        unwatch();
      } catch {}
    },
    get state() {
      return state;
    },
  };
}
