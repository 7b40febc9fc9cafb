import { storage } from 'wxt/utils/storage';

// The sites where the reader paused Receipts, by hostname exactly as `location.hostname` gives it
// (so "www.example.com" and "example.com" are separate: the reader paused the one they were on).
// The content script watches this same key and stops at once, so the popup never has to message
// the page to pause it.
export const pausedSites = storage.defineItem<string[]>('local:pausedSites', { fallback: [] });

// A hostname is at most 253 characters; a bound keeps a corrupted value from growing the list.
const MAX_HOST = 253;
const MAX_SITES = 1_000;

export const normalizeHost = (host: string): string => host.trim().toLowerCase().slice(0, MAX_HOST);

export async function isPaused(host: string): Promise<boolean> {
  return (await pausedSites.getValue()).includes(normalizeHost(host));
}

export async function setPaused(host: string, paused: boolean): Promise<string[]> {
  const site = normalizeHost(host);
  const current = (await pausedSites.getValue()).filter((h) => h !== site);
  const next = paused ? [...current, site].slice(-MAX_SITES) : current;
  await pausedSites.setValue(next);
  return next;
}

/** Calls back with the paused list whenever it changes (in any window or part of the extension). */
export function watchPausedSites(callback: (sites: string[]) => void): () => void {
  return pausedSites.watch((sites) => callback(sites ?? []));
}
