import { h, render } from 'preact';
import type { CheckResult } from '../../engine';
import type { FlagReport } from '../../flags/flag-request';
import type { MessageKey } from '../../i18n/catalog';
import { TextContext } from '../../i18n/text-context';
import { ENGLISH, type Translator } from '../../i18n/translate';
import { ClaimCard } from './ClaimCard';
import { MARGIN, placeCard, sentenceBox } from './place-card';

/** What a card is about: a claim on the page and the engine's answer. */
export interface CardSubject {
  readonly range: Range;
  readonly text: string;
  readonly result: CheckResult;
}

/** The UI host in the page and the element inside its shadow root that the card renders into. */
export interface CardHost {
  host: HTMLElement;
  container: HTMLElement;
}

export interface CardControllerOptions {
  /** Creates (once) the only element Receipts adds to a page: the shadow-root host of the card. */
  mountHost: () => Promise<CardHost>;
  pageDate: () => string | null;
  /** The card's words, in the reader's interface language. */
  text?: () => Translator;
  /** Whether the page has been caught changing Receipts' highlights: the card says so. */
  pageInterfered?: () => boolean;
  /** Opens the sidebar on the sentence; resolves false where the browser would not open it. */
  onMore: (sentence: string) => Promise<boolean>;
  /** Keeps the reader's flag on the sentence's verdict; without it the card offers no flag form. */
  onFlag?: (sentence: string, report: FlagReport) => Promise<void>;
  /** Marks the claim whose card is open (an extra highlight), or none. */
  setActive: (range: Range | null) => void;
  setTimeout: (run: () => void, ms: number) => number;
  clearTimeout: (id: number) => void;
  /** Times the card's rendering (the page's cost meter). */
  measure?: (fn: () => void) => void;
  /** Told about a failure to show the card (it never reaches the page as an uncaught error). */
  onError?: (error: unknown) => void;
  doc?: Document;
}

export interface CardController {
  /** The pointer is on a claim: show its card after a short delay (no flicker while sweeping past). */
  hoverClaim(subject: CardSubject, x: number, y: number): void;
  /** The pointer is on neither a claim nor the card: hide a hover card after a delay. */
  hoverNothing(): void;
  /** The pointer is on the card: keep it open. */
  hoverCard(): void;
  /** Opens a card now (keyboard or popup), optionally moving focus into it for screen readers. */
  open(subject: CardSubject, focus: boolean): Promise<void>;
  close(restoreFocus: boolean): void;
  current(): CardSubject | null;
  /** After the page's claims changed: the card follows its claim's new answer, or closes. */
  refresh(find: (subject: CardSubject) => CardSubject | null): void;
  /** Keeps the card beside its sentence when the page scrolls or resizes. */
  reposition(): void;
  destroy(): void;
}

// Firefox opens its sidebar only from the reader's own action in the browser's UI, not from a page.
export const SIDEBAR_REFUSED: MessageKey = 'sidebarRefused';

// One to two frames: long enough that sweeping the pointer across a paragraph opens no card, short
// enough to keep hover-to-card under the 50 ms budget (the benchmark measured 58 ms at 40 ms).
export const SHOW_DELAY_MS = 20;
export const HIDE_DELAY_MS = 300;

export function createCardController(options: CardControllerOptions): CardController {
  const doc = options.doc ?? document;
  let ui: CardHost | null = null;
  let mounting: Promise<CardHost> | null = null;
  let shown: CardSubject | null = null;
  let focused = false;
  // The flag form is open: the card stays put while the reader fills it in, wherever the pointer goes.
  let pinned = false;
  let pointer: { x: number; y: number } | null = null;
  let returnFocus: Element | null = null;
  let showTimer: number | null = null;
  let hideTimer: number | null = null;
  let pendingSubject: CardSubject | null = null;
  let generation = 0;
  let destroyed = false;
  let notice: MessageKey | null = null;

  const cancel = (which: 'show' | 'hide') => {
    if (which === 'show' && showTimer !== null) {
      options.clearTimeout(showTimer);
      showTimer = null;
      pendingSubject = null;
    }
    if (which === 'hide' && hideTimer !== null) {
      options.clearTimeout(hideTimer);
      hideTimer = null;
    }
  };

  const ensureHost = async (): Promise<CardHost> => {
    // A page that rewrites <html> wholesale takes the host with it: make a new one.
    if (ui && !ui.host.isConnected) {
      ui = null;
      mounting = null;
    }
    if (ui) return ui;
    mounting ??= options.mountHost().then((mounted) => {
      ui = mounted;
      mounted.container.addEventListener('keydown', (event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          close(true);
        }
      });
      return mounted;
    });
    return mounting;
  };

  const measure = options.measure ?? ((fn: () => void) => fn());
  const onError = options.onError ?? (() => {});
  const paint = (subject: CardSubject) => measure(() => paintNow(subject));
  const { onFlag } = options;
  const paintNow = (subject: CardSubject) => {
    if (!ui) return;
    render(
      h(
        TextContext.Provider,
        { value: options.text?.() ?? ENGLISH },
        h(ClaimCard, {
          // A card for another sentence starts with its flag form closed.
          key: subject.text,
          sentence: subject.text,
          result: subject.result,
          pageDate: options.pageDate(),
          onMore: () => {
            options.onMore(subject.text).then(
              (opened) => {
                if (opened || shown !== subject) return;
                notice = SIDEBAR_REFUSED;
                paint(subject);
              },
              () => {},
            );
          },
          onClose: () => close(true),
          onFlag: onFlag ? (report: FlagReport) => onFlag(subject.text, report) : undefined,
          onFlagOpen: (open: boolean) => {
            pinned = open && shown === subject;
          },
          notice,
          pageInterfered: options.pageInterfered?.() ?? false,
        }),
      ),
      ui.container,
    );
    place();
  };

  const place = () => {
    const card = ui?.container.querySelector<HTMLElement>('.card');
    if (!card || !shown) return;
    // The whole sentence, not the line under the pointer: the card must cover none of its lines.
    const sentence = sentenceBox(shown.range.getClientRects());
    if (!sentence) return;
    const view = doc.documentElement;
    const viewport = { width: view.clientWidth || innerWidth, height: view.clientHeight || innerHeight };
    card.style.maxHeight = '';
    // The stylesheet's 100vw counts a classic scroll bar (Firefox's) that covers the page's edge.
    card.style.maxWidth = `${viewport.width - 2 * MARGIN}px`;
    const size = card.getBoundingClientRect();
    const at = placeCard(
      sentence,
      { width: size.width, height: size.height },
      viewport,
      pointer?.x,
      pointer?.y,
    );
    card.style.top = `${at.top}px`;
    card.style.left = `${at.left}px`;
    card.style.maxHeight = at.maxHeight === null ? '' : `${at.maxHeight}px`;
  };

  const show = async (subject: CardSubject, focus: boolean) => {
    const mine = ++generation;
    await ensureHost();
    if (mine !== generation || destroyed || !ui) return;
    if (focus && !focused) {
      const active = doc.activeElement;
      returnFocus = active && active !== ui.host ? active : null;
    }
    if (shown !== subject) {
      notice = null;
      pinned = false;
    }
    shown = subject;
    focused = focus || focused;
    options.setActive(subject.range);
    paint(subject);
    if (focus) ui.container.querySelector<HTMLElement>('.card')?.focus({ preventScroll: true });
  };

  const close = (restoreFocus: boolean) => {
    cancel('show');
    cancel('hide');
    generation++;
    const wasFocused = focused;
    shown = null;
    focused = false;
    pinned = false;
    options.setActive(null);
    if (ui) render(null, ui.container);
    if (restoreFocus && wasFocused) {
      const target = returnFocus as HTMLElement | null;
      if (target?.isConnected && typeof target.focus === 'function') target.focus({ preventScroll: true });
      else if (ui && doc.activeElement === ui.host) ui.host.blur();
    }
    returnFocus = null;
  };

  return {
    hoverClaim(subject, x, y) {
      if (destroyed) return;
      cancel('hide');
      if (shown === subject || pendingSubject === subject) return;
      // A card opened from the keyboard stays with its claim until the reader moves on.
      if (focused || pinned) return;
      cancel('show');
      pendingSubject = subject;
      ensureHost().catch(onError);
      showTimer = options.setTimeout(() => {
        showTimer = null;
        pendingSubject = null;
        pointer = { x, y };
        show(subject, false).catch(onError);
      }, SHOW_DELAY_MS);
    },
    hoverNothing() {
      cancel('show');
      if (!shown || focused || pinned || hideTimer !== null) return;
      hideTimer = options.setTimeout(() => {
        hideTimer = null;
        close(false);
      }, HIDE_DELAY_MS);
    },
    hoverCard() {
      cancel('hide');
    },
    async open(subject, focus) {
      if (destroyed) return;
      cancel('show');
      cancel('hide');
      pointer = null;
      await show(subject, focus);
    },
    close,
    current: () => shown,
    refresh(find) {
      if (!shown) return;
      const now = find(shown);
      if (!now) close(true);
      else if (now !== shown || now.result !== shown.result) {
        shown = now;
        options.setActive(now.range);
        paint(now);
      }
    },
    reposition() {
      if (shown) place();
    },
    destroy() {
      destroyed = true;
      close(false);
      ui = null;
      mounting = null;
    },
  };
}
