import { storage } from 'wxt/utils/storage';

// Whether Related sentences are painted on the page. Off by default: a Related sentence has evidence
// on its topic but nothing that decides it, and painting every one made a page light up end to end
// (issue 15), so the few sentences the record contradicts no longer stood out. They stay listed in
// the popup and the sidebar either way. The page app watches this key, so a change applies at once.
export const showRelated = storage.defineItem<boolean>('local:showRelated', { fallback: false });

/** Calls back with the setting whenever it changes (in any window or part of the extension). */
export function watchShowRelated(callback: (on: boolean) => void): () => void {
  return showRelated.watch((on) => callback(on === true));
}
