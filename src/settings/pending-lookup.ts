import { storage } from 'wxt/utils/storage';

// The hand-off from the context menu (or the on-page card's "More in the sidebar") to the sidebar.
// storage.session works the same in Chrome MV3 and Firefox MV2 (Firefox 115+): it survives the MV3
// service worker stopping, is never written to disk, and reaches a sidebar whether it is already
// open (it watches the key) or still loading (it reads the key when it starts). A message would be
// lost on a sidebar that has not finished loading.
export interface PendingLookup {
  text: string;
  /** The tab the text came from, when known. */
  tabId: number | null;
  /** Date.now() when it was handed off; an old hand-off is not replayed on a later opening. */
  at: number;
}

export const pendingLookup = storage.defineItem<PendingLookup | null>('session:pendingLookup', {
  fallback: null,
});

/** A hand-off the reader asked for this long ago is still what they want to see. */
export const PENDING_FRESH_MS = 10 * 60_000;

export const isFresh = (pending: PendingLookup | null, now: number): pending is PendingLookup =>
  pending !== null && now - pending.at >= 0 && now - pending.at < PENDING_FRESH_MS;
