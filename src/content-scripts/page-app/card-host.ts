import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { CardHost } from './card-controller';
import { CARD_HOST_NAME } from './highlights';

// Events that would otherwise bubble out of the card into the page's own handlers: a page that
// closes its menus on any click, or has keyboard shortcuts, must not react to the reader using the card.
const ISOLATED_EVENTS = [
  'keydown',
  'keyup',
  'keypress',
  'click',
  'dblclick',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'contextmenu',
];

// The shadow root is closed, and only this script holds it: with an open one, a page script rewrote
// the open card's verdict, reason, labels and links (issue 20). Its styles are its own (the page's
// rules stop at the host, which WXT resets with `all: initial !important`, and an !important from
// inside a shadow tree outranks the page's), and its one dependency on the outside, the visibility
// property set by highlights.css, comes from a user stylesheet the page cannot outrank. What the page
// must not get is a handle beyond what is on screen (globals, properties on the host, events with
// our data), nor the card's controls: only the reader's own input (trusted events) reaches them, so a
// page's synthetic click or key cannot close the card or send its text to the sidebar.
// tests/e2e/security-card-host.e2e.ts checks both; the tests read the card through the DevTools
// protocol, which reaches closed shadow roots (src/browsers/card-reader.ts).

/**
 * Adds the only element Receipts puts in a page: <receipts-card>, a closed shadow root holding the
 * card, appended to <html> after <body> so frameworks that own <body> never meet it. It is created
 * when the first card is about to open, never on pages without claims.
 */
export async function mountCardHost(
  ctx: ContentScriptContext,
  css: string,
): Promise<CardHost & { remove: () => void }> {
  const ui = await createShadowRootUi(ctx, {
    name: CARD_HOST_NAME,
    position: 'inline',
    anchor: () => document.documentElement,
    append: 'last',
    css,
    mode: 'closed',
    isolateEvents: ISOLATED_EVENTS,
    onMount: () => undefined,
  });
  ui.mount();
  // Capturing at the shadow root runs before any listener inside the card.
  const onlyTheReader = (event: Event) => {
    if (event.isTrusted) return;
    event.stopImmediatePropagation();
    event.preventDefault();
  };
  for (const type of ISOLATED_EVENTS) ui.shadow.addEventListener(type, onlyTheReader, true);
  return { host: ui.shadowHost, container: ui.uiContainer, remove: () => ui.remove() };
}
