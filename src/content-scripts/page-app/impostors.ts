/**
 * WXT's content-script context switches itself off when it hears, on the page's document, that a
 * newer copy of the same script has started. The event's name is built from the extension's public
 * id, so any page could send it and turn Receipts off on itself (a page that would rather its claims
 * went unchecked). This stops such events before they reach the context, for as long as this copy
 * is still connected to the extension: the one real case of a newer copy, an extension update,
 * disconnects the old one first. Registered on the window in the capture phase, it runs before any
 * listener on the document.
 */
export function ignoreImpostors(win: Window, eventName: string, connected: () => boolean): () => void {
  const stop = (event: Event) => {
    if (connected()) event.stopImmediatePropagation();
  };
  win.addEventListener(eventName, stop, { capture: true });
  return () => win.removeEventListener(eventName, stop, { capture: true });
}

/**
 * The name of that event. WXT keeps it in a static its types mark private, and offers no public
 * way to read it; it is read here, in one place, and a WXT update that moves it stops the page app
 * with this message instead of leaving every page free to switch Receipts off.
 */
export function startedEventName(context: object): string {
  const name = (context as { SCRIPT_STARTED_MESSAGE_TYPE?: unknown }).SCRIPT_STARTED_MESSAGE_TYPE;
  if (typeof name !== 'string' || !name.endsWith(':wxt:content-script-started')) {
    throw new Error('WXT no longer names its script-started event where Receipts reads it: see impostors.ts');
  }
  return name;
}
