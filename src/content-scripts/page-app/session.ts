import type { CheckResult } from '../../engine';
import { findMentions, mayMention } from '../../engine/mentions';
import { ENGLISH } from '../../i18n/translate';
import type { PageResponse } from '../../messages/page-contract';
import { OBSERVED } from '../common/observed';
import type { CostMeter } from '../common/task-cost';
import { type CardController, type CardHost, createCardController } from './card-controller';
import { createChecker } from './checker';
import { type Claim, createClaimSet } from './claim-set';
import { createHighlights, type ShownVerdict } from './highlights';
import { claimAt } from './hit-test';
import type { PageEnv } from './page-env';
import { createScanner } from './scanner';
import { createSlicer } from './slicer';

// The badge and the popup's state are told after a short quiet spell, not on every batch.
const STATUS_DELAY_MS = 150;
const WATCHDOG_MS = 2_000;
const VERIFY_SLICE_MS = 6;

export interface Session {
  readonly pageDate: string | null;
  readonly version: number;
  claims(): Claim[];
  show(index: number): Promise<PageResponse>;
  navigate(direction: 'next' | 'previous'): Promise<PageResponse>;
  refreshPageDate(): void;
  stop(): void;
}

export interface SessionHooks {
  /** How many claims, and the most serious verdict among them (the badge). */
  onClaims: (count: number, worst: ShownVerdict | null) => void;
  onState: (state: 'scanning' | 'ready') => void;
}

/** One reading of the page, from its first scan until the site is paused or the script goes away. */
export function createSession(env: PageEnv, meter: CostMeter, hooks: SessionHooks): Session {
  const { doc, win } = env;
  const listeners = new AbortController();
  const slicer = createSlicer({
    defer: (run) => void env.setTimeout(() => meter.time('scan', run), 0),
    onError: (error) => meter.error('scan', error),
  });
  // A slicer of its own for painting answers, so a page that keeps the scan busy (a feed that
  // changes every 10 ms) cannot hold its highlights back, nor painting hold back the scan.
  const painter = createSlicer({
    defer: (run) => void env.setTimeout(() => meter.time('results', run), 0),
    onError: (error) => meter.error('results', error),
  });
  // Backgrounds are measured at the next frame, timed as Receipts' own work ('tones').
  const highlights = createHighlights(
    undefined,
    undefined,
    (run) => void env.requestAnimationFrame(meter.wrap('tones', run)),
  );
  const unwatchShowRelated = env.showRelated.watch((on) => highlights.paintRelated(on));
  env.showRelated.get().then(
    (on) => highlights.paintRelated(on),
    () => {}, // Unreadable storage keeps the default: Related listed, not painted.
  );
  let text = ENGLISH;
  const unwatchText = env.interfaceText?.watch((next) => {
    text = next;
  });
  env.interfaceText?.get().then(
    (next) => {
      text = next;
    },
    () => {}, // Unreadable storage keeps English.
  );
  let host: (CardHost & { remove: () => void }) | null = null;
  let statusTimer: number | null = null;
  let lastIndex = -1;

  const sendFlag = env.flag;
  const card: CardController = createCardController({
    doc,
    mountHost: async () => {
      host = await env.mountHost();
      return host;
    },
    pageDate: () => checker.pageDate,
    text: () => text,
    pageInterfered: () => highlights.tampered,
    onMore: (sentence) => env.openSidebar(sentence),
    onFlag: sendFlag ? (sentence, report) => sendFlag(sentence, checker.pageDate, report) : undefined,
    setActive: (range) => highlights.setActive(range),
    setTimeout: env.setTimeout,
    clearTimeout: env.clearTimeout,
    measure: (fn) => meter.time('card', fn),
    onError: (error) => meter.error('card', error),
  });

  const claimSet = createClaimSet(highlights, () => {
    highlights.verify();
    card.refresh((subject) => claimSet.find(subject.range));
    scheduleStatus();
  });

  const checker = createChecker(env.pageDate(doc), {
    check: env.check,
    // Painted on the slicer: a batch of 40 answers can stand for thousands of sentences on a page
    // that repeats itself, and painting them all in one go was a long task.
    onResults: meter.wrap('results', (results: Map<string, CheckResult>) => {
      painter.add(
        (function* () {
          yield* claimSet.answerSteps(results);
          if (claimSet.size > 0) meter.markHighlights();
          scheduleStatus();
        })(),
      );
    }),
  });

  const scanner = createScanner({
    doc,
    slicer,
    ownHost: () => host?.host ?? null,
    mentions: {
      mayMention: (text) => meter.regex(() => mayMention(text)),
      findMentions: (text) => meter.regex(() => findMentions(text)),
    },
    onChange: (added, removed, moved) => {
      for (const sentence of moved) highlights.moved(sentence.range);
      const ask = claimSet.update(added, removed, checker.cached);
      if (claimSet.size > 0) meter.markHighlights();
      checker.request(ask);
      scheduleStatus();
    },
  });

  const busy = () => slicer.busy || painter.busy || checker.pending > 0;

  // The badge and the state are told after a short quiet spell, not on every batch of answers.
  function scheduleStatus() {
    if (statusTimer !== null) return;
    statusTimer = env.setTimeout(
      meter.wrap('status', () => {
        statusTimer = null;
        hooks.onClaims(claimSet.size, claimSet.worst());
        hooks.onState(busy() ? 'scanning' : 'ready');
        if (busy()) scheduleStatus();
      }),
      STATUS_DELAY_MS,
    );
  }

  const observer = new MutationObserver(
    meter.wrap('mutations', (records: MutationRecord[]) => scanner.noteMutations(records)),
  );
  observer.observe(doc.documentElement, OBSERVED);
  if (doc.body) scanner.scan(doc.body);

  // After an extension reload or update, this script is orphaned but still in the page, holding its
  // highlights. The timers it gets (ctx.setTimeout) notice that on their next tick and invalidate
  // the context, whose cleanup removes everything; this slow one makes sure there is a next tick.
  // Its tick also puts back what the page changed of our highlights since the last one.
  let watchdog = 0;
  let verifying: Generator<null, number, undefined> | null = null;
  const verifySome = meter.wrap('verify', () => {
    if (!verifying) return;
    const started = performance.now();
    while (performance.now() - started < VERIFY_SLICE_MS)
      if (verifying.next().done) {
        verifying = null;
        return;
      }
    env.setTimeout(verifySome, 0);
  });
  const watch = () => {
    watchdog = env.setTimeout(watch, WATCHDOG_MS);
    if (verifying || claimSet.size === 0) return;
    verifying = highlights.verifySteps();
    verifySome();
  };
  watch();
  scheduleStatus();

  // Hover: the latest pointer position, hit-tested at most once a frame.
  let pointer: { x: number; y: number; onCard: boolean } | null = null;
  let frame = false;
  const hitTest = meter.wrap('hover', () => {
    frame = false;
    if (!pointer) return;
    if (pointer.onCard) return card.hoverCard();
    // Any order will do for hit-testing: ordering 16,000 claims is not a job for a pointer move.
    const claim =
      claimSet.size > 0 ? claimAt(doc, pointer.x, pointer.y, claimSet.unordered(), highlights) : null;
    // The claim was found by our own ranges; what its highlight shows is checked before its card.
    highlights.verify(claim?.range);
    if (claim) card.hoverClaim(claim, pointer.x, pointer.y);
    else {
      card.hoverNothing();
      // A page that re-renders its text leaves our ranges collapsed until the scan has moved them
      // onto the new nodes: a pointer that stays still over the claim is tried again once it has.
      if (slicer.busy) retryAfterScan();
    }
  });
  let retrying = false;
  const retryAfterScan = () => {
    if (retrying) return;
    retrying = true;
    slicer.idle().then(() => {
      retrying = false;
      if (pointer) nextFrame();
    });
  };
  const nextFrame = () => {
    if (frame) return;
    frame = true;
    env.requestAnimationFrame(hitTest);
  };
  const opts = { capture: true, passive: true, signal: listeners.signal };
  win.addEventListener(
    'pointermove',
    meter.wrap('pointer', (event: PointerEvent) => {
      if (claimSet.size === 0 && !card.current()) return;
      pointer = { x: event.clientX, y: event.clientY, onCard: host !== null && event.target === host.host };
      nextFrame();
    }),
    opts,
  );
  doc.addEventListener(
    'pointerleave',
    meter.wrap('pointer', () => {
      pointer = null;
      card.hoverNothing();
    }),
    opts,
  );
  const onViewportChange = meter.wrap('scroll', () => {
    if (!card.current()) return;
    card.reposition();
    if (pointer) nextFrame();
  });
  win.addEventListener('scroll', onViewportChange, opts);
  win.addEventListener('resize', onViewportChange, opts);
  doc.addEventListener(
    'keydown',
    meter.wrap('keys', (event: KeyboardEvent) => {
      // The reader's key only: a page's synthetic Escape must not close our card.
      if (event.key === 'Escape' && event.isTrusted && card.current()) card.close(true);
    }),
    { capture: true, signal: listeners.signal },
  );

  const show = async (index: number, focus: boolean): Promise<PageResponse> => {
    const claim = claimSet.claims()[index];
    if (!claim) return { error: `no claim ${index} (the page has ${claimSet.claims().length})` };
    lastIndex = index;
    scrollToRange(claim.range, doc, win);
    await card.open(claim, focus);
    return { ok: true, index };
  };

  return {
    get pageDate() {
      return checker.pageDate;
    },
    get version() {
      return claimSet.version;
    },
    claims: () => claimSet.claims(),
    show: (index) => show(index, true),
    navigate(direction) {
      const claims = claimSet.claims();
      if (claims.length === 0) return Promise.resolve({ error: 'no claims on this page' });
      const open = card.current();
      const at = open ? claims.findIndex((c) => c.range === open.range) : -1;
      const from = at >= 0 ? at : Math.min(lastIndex, claims.length - 1);
      const step = direction === 'next' ? 1 : -1;
      // Wraps around; with nothing shown yet, "next" starts at the first claim and "previous" at the last.
      const index =
        from < 0 ? (step > 0 ? 0 : claims.length - 1) : (from + step + claims.length) % claims.length;
      return show(index, true);
    },
    refreshPageDate() {
      const date = env.pageDate(doc);
      if (date === checker.pageDate) return;
      checker.setPageDate(date);
      claimSet.forgetResults();
      checker.request(claimSet.unanswered());
    },
    stop() {
      listeners.abort();
      observer.disconnect();
      slicer.stop();
      painter.stop();
      verifying = null;
      scanner.stop();
      checker.stop();
      card.destroy();
      claimSet.clear();
      if (statusTimer !== null) env.clearTimeout(statusTimer);
      env.clearTimeout(watchdog);
      host?.remove();
      host = null;
      try {
        unwatchShowRelated();
        unwatchText?.();
      } catch {
        // The extension is gone (Firefox after a reload): its storage API throws, and has no watchers left.
      }
    },
  };
}

/** Brings a claim into view (nested scrolling boxes included), centred, without animation. */
function scrollToRange(range: Range, doc: Document, win: Window) {
  const rect = range.getBoundingClientRect();
  const height = doc.documentElement.clientHeight || win.innerHeight;
  if (rect.top >= 0 && rect.bottom <= height && rect.height > 0) return;
  const element = range.startContainer.parentElement;
  element?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
  const after = range.getBoundingClientRect();
  if (after.top < 0 || after.bottom > height)
    win.scrollBy({ top: after.top - height / 3, behavior: 'instant' });
}
