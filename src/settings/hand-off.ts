import { storage } from 'wxt/utils/storage';

// The hand-off from the context menu (or the on-page card's "More in the sidebar") to the sidebar.
// storage.session works the same in Chrome MV3 and Firefox MV2 (Firefox 115+): it survives the MV3
// service worker stopping, is never written to disk, and reaches a sidebar whether it is already
// open (it watches the key) or still loading (it reads the key when it starts). A message would be
// lost on a sidebar that has not finished loading.
//
// One background and one storage area serve normal and private windows alike (Chrome's "spanning"
// incognito mode, and Firefox), so each hand-off says which kind of window it came from and only a
// sidebar in that kind of window takes it: text selected in a private window never surfaces in a
// normal one.
export interface PendingHandOff {
  text: string;
  /** The tab the text came from, when known. */
  tabId: number | null;
  /** Date.now() when it was handed off; an old hand-off is not replayed on a later opening. */
  at: number;
  /** Whether it came from a private (incognito) window; absent is taken as private. */
  incognito?: boolean;
}

export const pendingHandOff = storage.defineItem<PendingHandOff | null>('session:pendingHandOff', {
  fallback: null,
});

/** A hand-off the reader asked for this long ago is still what they want to see. */
export const PENDING_FRESH_MS = 10 * 60_000;

export const isFresh = (pending: PendingHandOff | null, now: number): pending is PendingHandOff =>
  pending !== null && now - pending.at >= 0 && now - pending.at < PENDING_FRESH_MS;

/**
 * What a sidebar in a window of this kind does with the hand-off it finds: take it (and clear it),
 * drop it (too old: cleared, not shown), or leave it for a sidebar in the window it came from.
 */
export function handOff(
  pending: PendingHandOff | null,
  sidebarIncognito: boolean,
  now: number,
): 'take' | 'drop' | 'leave' {
  if (pending === null) return 'leave';
  if (!isFresh(pending, now)) return 'drop';
  return (pending.incognito ?? true) === sidebarIncognito ? 'take' : 'leave';
}

/** Deletes a hand-off nobody took in time (called when the background starts and after each one). */
export async function dropStaleHandOff(now: number = Date.now()): Promise<void> {
  const pending = await pendingHandOff.getValue();
  if (pending !== null && !isFresh(pending, now)) await pendingHandOff.setValue(null);
}
