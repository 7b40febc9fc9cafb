import type { FirstLookRuntime } from './first-look';

// Named frames, forms, images and embeds are named properties of window in every world, the
// content scripts' isolated world included, and they sit on the window's prototype chain. Chromium
// gives the isolated world its `chrome` and `browser` when the world is created, and where the page
// already holds an object of that name (<iframe name="chrome">) it makes none: a plain read then
// finds the frame's window. Two halves keep Receipts reachable: an empty script declared at
// document_start (entrypoints/first-look-start.ts) has the world created before the page has any
// markup; and the look-up here reads own properties first, which no markup can supply, and takes
// nothing it has not checked to be this extension's runtime.

const NAMES = ['browser', 'chrome'] as const;
const EXTENSION_ORIGIN = /^(chrome|moz)-extension:\/\/[^/]+\/$/;

/**
 * The extension runtime, or null where the page has kept the first look from reaching it (then the
 * popup says so: see PageState 'blocked'). Firefox makes `browser` and `chrome` on first use, so
 * there they are not own properties until read; a plain read is tried last, and whatever it finds
 * (a named frame's window, in Chromium) must still pass as this extension's runtime.
 */
export function findRuntime(scope: object): FirstLookRuntime | null {
  const named = scope as Record<string, unknown>;
  const own = NAMES.map((name) => Object.getOwnPropertyDescriptor(scope, name)?.value);
  for (const api of [...own, ...NAMES.map((name) => named[name])]) {
    const runtime = verifiedRuntime(api);
    if (runtime) return runtime;
  }
  return null;
}

function verifiedRuntime(api: unknown): FirstLookRuntime | null {
  if (typeof api !== 'object' || api === null) return null;
  const runtime = (api as { runtime?: Partial<Record<'sendMessage' | 'getURL' | 'id', unknown>> }).runtime;
  if (typeof runtime?.sendMessage !== 'function' || typeof runtime.getURL !== 'function') return null;
  if (typeof runtime.id !== 'string' || runtime.id === '') return null;
  const origin = (runtime.getURL as (path: string) => unknown)('/');
  return typeof origin === 'string' && EXTENSION_ORIGIN.test(origin)
    ? (runtime as unknown as FirstLookRuntime)
    : null;
}
