import type { Verdict } from '../engine';

export type ShownVerdict = Exclude<Verdict, 'none'>;

/**
 * One CSS Custom Highlight per verdict, painted by the ::highlight() rules in highlights.css (the
 * content script's manifest CSS, so no <style> element is added to the page). The names are the
 * contract between this file and that one.
 */
export const HIGHLIGHT_NAMES: Record<ShownVerdict, string> = {
  conflicting: 'receipts-conflicting',
  disputed: 'receipts-disputed',
  corroborated: 'receipts-corroborated',
  related: 'receipts-related',
};
/** The claim whose card is open, outlined on top of its verdict colour. */
export const ACTIVE_HIGHLIGHT = 'receipts-active';

/**
 * Removes what an earlier instance of this script left in the page: in Firefox, reloading or
 * updating the extension destroys the old content script without letting it clean up, and the new
 * one is injected into the same page. Only our own names and our own element are touched.
 */
export function removeLeftovers(
  doc: Document,
  registry: Registry | undefined = globalThis.CSS?.highlights,
): void {
  for (const name of [...Object.values(HIGHLIGHT_NAMES), ACTIVE_HIGHLIGHT]) registry?.delete(name);
  for (const host of doc.querySelectorAll(CARD_HOST_NAME)) host.remove();
}

/** The tag of the one element Receipts adds to a page (src/page/card-host.ts). */
export const CARD_HOST_NAME = 'receipts-card';

export interface Highlights {
  add(range: AbstractRange, verdict: ShownVerdict): void;
  remove(range: AbstractRange, verdict: ShownVerdict): void;
  setActive(range: AbstractRange | null): void;
  /** Removes every range and unregisters our highlights: the page is as it was. */
  clear(): void;
}

type Registry = Map<string, Highlight>;

/**
 * Highlights are registered on first use only, so a page without claims never has an entry of ours
 * in its registry.
 */
export function createHighlights(registry: Registry | undefined = globalThis.CSS?.highlights): Highlights {
  const mine = new Map<string, Highlight>();
  const highlight = (name: string): Highlight | undefined => {
    if (!registry) return undefined;
    let h = mine.get(name);
    if (!h) {
      h = new Highlight();
      // Higher priority paints on top where highlights overlap: the open card's outline above all,
      // then the verdicts a reader most needs to see.
      h.priority = name === ACTIVE_HIGHLIGHT ? 10 : 4 - Object.values(HIGHLIGHT_NAMES).indexOf(name);
      mine.set(name, h);
      registry.set(name, h);
    }
    return h;
  };
  return {
    add(range, verdict) {
      highlight(HIGHLIGHT_NAMES[verdict])?.add(range);
    },
    remove(range, verdict) {
      mine.get(HIGHLIGHT_NAMES[verdict])?.delete(range);
    },
    setActive(range) {
      const active = range ? highlight(ACTIVE_HIGHLIGHT) : mine.get(ACTIVE_HIGHLIGHT);
      active?.clear();
      if (range) active?.add(range);
    },
    clear() {
      for (const [name, h] of mine) {
        h.clear();
        // Only our own entry: a page (or another extension) may have registered the same name.
        if (registry?.get(name) === h) registry.delete(name);
      }
      mine.clear();
    },
  };
}
