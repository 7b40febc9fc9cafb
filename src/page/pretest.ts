import { mayMention } from '../engine/mentions';
import { OBSERVED } from './page-env';
import type { CostMeter } from './task-cost';

// The page text is read in pieces this size, so a 10 MB text node is many short tasks.
const CHUNK = 250_000;
// Overlap between pieces, so a name cut in two between them is still seen.
const OVERLAP = 100;

export interface PretestEvents {
  /** The page may name the CSTO or Pashinyan: called once, after which the pretest has stopped. */
  hit(): void;
  /** The whole text was read and named neither; the pretest goes on watching what the page adds. */
  idle?(): void;
}

export interface Pretest {
  stop(): void;
}

/**
 * The cheap first look at a page, run on every page the reader opens: a few literal anchors over
 * the page's text, then only over text the page adds or changes later (an article loaded after
 * the page, a single-page navigation). Record-free and DOM-read-only, so where it finds nothing
 * Receipts has cost the page almost nothing.
 */
export function startPretest(
  doc: Document,
  meter: CostMeter,
  defer: (run: () => void) => void,
  events: PretestEvents,
): Pretest {
  let observer: MutationObserver | null = null;
  let stopped = false;
  const stop = () => {
    stopped = true;
    text = '';
    observer?.disconnect();
    observer = null;
  };
  const hit = () => {
    stop();
    events.hit();
  };
  const watch = () => {
    // Not kept: on a page with nothing to find, the page's text would be most of our footprint.
    text = '';
    observer = new MutationObserver(
      meter.wrap('mutations (idle)', (records: MutationRecord[]) => {
        if (meter.regex(() => records.some(mayMentionRecord))) hit();
      }),
    );
    observer.observe(doc.documentElement, OBSERVED);
    events.idle?.();
  };

  // The first piece is read at once, in the task that started us: most pages are one piece, and a
  // second task would cost more than the test itself.
  let text = '';
  let at = 0;
  const step = () => {
    if (stopped) return;
    const chunk = text.slice(Math.max(0, at - OVERLAP), at + CHUNK);
    if (meter.regex(() => mayMention(chunk))) return hit();
    at += CHUNK;
    if (at < text.length) defer(next);
    else watch();
  };
  const next = meter.wrap('pretest', step);
  meter.wrap('pretest', () => {
    text = doc.body?.textContent ?? '';
    step();
  })();
  return { stop };
}

function mayMentionRecord(record: MutationRecord): boolean {
  if (record.type === 'characterData') return mayMention((record.target as CharacterData).data);
  for (const node of record.addedNodes) {
    if ((node.nodeType === 1 || node.nodeType === 3) && mayMention(node.textContent ?? '')) return true;
  }
  return false;
}
