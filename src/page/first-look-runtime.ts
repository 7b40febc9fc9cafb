import type { FirstLookRuntime } from './first-look';

// Named frames, forms, images and embeds are named properties of window in every world, the
// content scripts' isolated world included, and they sit on the window's prototype chain. Chromium
// builds the isolated world's `chrome` and `browser` when the world is created and takes an existing
// object of that name as its own, so on a page that already holds <iframe name="chrome"> (or
// "browser") both resolve to the frame's window and the extension is unreachable. The fix has two
// halves: a script at document_start (entrypoints/first-look-start.ts), before the page has any
// markup, keeps the real API here; and every look-up reads own properties only, which no markup can
// supply, then checks that what it found really is this extension's runtime.

/** Where the document_start script keeps the API: a symbol, so no element name can ever match it. */
const KEPT = Symbol.for('receipts.extension-api');
const NAMES = ['browser', 'chrome'] as const;
const EXTENSION_ORIGIN = /^(chrome|moz)-extension:\/\/[^/]+\/$/;

function ownApi(scope: object): unknown {
  for (const name of NAMES) {
    const value = Object.getOwnPropertyDescriptor(scope, name)?.value;
    if (typeof value === 'object' && value !== null) return value;
  }
  return undefined;
}

/**
 * Runs at document_start on every page: keeps a reference to the extension API object only (its
 * `runtime` is not touched: the bindings cost more than the first look on a page with nothing to find).
 */
export function keepExtensionApi(scope: object): void {
  const api = ownApi(scope);
  if (api && !Object.getOwnPropertyDescriptor(scope, KEPT))
    Object.defineProperty(scope, KEPT, { value: api });
}

/**
 * The extension runtime, or null where the page has kept the first look from reaching it (then the
 * popup says so: see PageState 'blocked'). Firefox makes `browser` and `chrome` on first use, so
 * there they are not own properties until read; a plain read is tried last, and whatever it finds
 * (a named frame's window, in Chromium) must still pass as this extension's runtime.
 */
export function findRuntime(scope: object): FirstLookRuntime | null {
  const kept = Object.getOwnPropertyDescriptor(scope, KEPT)?.value;
  const named = scope as Record<string, unknown>;
  const candidates = [kept, ownApi(scope), ...NAMES.map((name) => named[name])];
  for (const api of candidates) {
    const runtime = verifiedRuntime(api);
    if (runtime) return runtime;
  }
  return null;
}

function verifiedRuntime(api: unknown): FirstLookRuntime | null {
  const runtime = (api as { runtime?: Partial<Record<'sendMessage' | 'getURL' | 'id', unknown>> } | undefined)
    ?.runtime;
  if (typeof runtime?.sendMessage !== 'function' || typeof runtime.getURL !== 'function') return null;
  if (typeof runtime.id !== 'string' || runtime.id === '') return null;
  const origin = (runtime.getURL as (path: string) => unknown)('/');
  return typeof origin === 'string' && EXTENSION_ORIGIN.test(origin)
    ? (runtime as unknown as FirstLookRuntime)
    : null;
}
