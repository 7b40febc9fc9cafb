import { mayMention } from '../engine/mentions';
import { isSeen } from './first-look-visible';
import { OBSERVED } from './page-env';
import type { CostMeter } from './task-cost';

// The page text is read in pieces this size, so a 10 MB text node is many short tasks.
const CHUNK = 250_000;
// Overlap between pieces, so a name cut in two between them is still seen.
const OVERLAP = 100;
// Text nodes looked at per task when a name was found in the text and must be found where it shows.
const NODES_PER_TASK = 2_000;
// Hidden text naming them that is watched in case the page shows it later (a tab, "read more").
const HIDDEN_KEPT = 64;
// How soon after the page changes a class, style or [hidden] that hidden text is looked at again.
const RECHECK_MS = 200;
// What can reveal hidden text without adding any: watched only while some is kept.
const REVEALING: MutationObserverInit = {
  ...OBSERVED,
  attributes: true,
  attributeFilter: ['class', 'style', 'hidden', 'open'],
};

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
 *
 * Only text the reader can see counts (src/page/first-look-visible.ts): where the whole text names
 * them, the text nodes that do are found and asked whether they show, so script text or a hidden
 * <div> cannot bring Receipts in and tell the page it is installed. Hidden ones are kept and asked
 * again when the page changes a class, style or [hidden].
 */
export function startPretest(
  doc: Document,
  meter: CostMeter,
  defer: (run: () => void) => void,
  events: PretestEvents,
): Pretest {
  let observer: MutationObserver | null = null;
  let stopped = false;
  let hidden: Text[] = [];
  let recheck: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    stopped = true;
    text = '';
    hidden = [];
    clearTimeout(recheck);
    observer?.disconnect();
    observer = null;
  };
  const hit = () => {
    stop();
    events.hit();
  };
  /** True (and the pretest over) when one of these text nodes names them where the reader sees it. */
  const anySeen = (nodes: Iterable<Text>): boolean => {
    for (const node of nodes) {
      if (!meter.regex(() => mayMention(node.data))) continue;
      if (isSeen(node)) {
        hit();
        return true;
      }
      if (hidden.length < HIDDEN_KEPT && !hidden.includes(node)) hidden.push(node);
    }
    return false;
  };
  const lookAgain = meter.wrap('pretest (hidden)', () => {
    recheck = undefined;
    if (stopped) return;
    hidden = hidden.filter((node) => node.isConnected);
    if (!anySeen([...hidden]) && hidden.length === 0) observer?.observe(doc.documentElement, OBSERVED);
  });
  const onMutations = meter.wrap('mutations (idle)', (records: MutationRecord[]) => {
    for (const record of records) {
      if (anySeen(textNodesOf(record))) return;
    }
    if (hidden.length > 0) {
      observer?.observe(doc.documentElement, REVEALING);
      recheck ??= setTimeout(lookAgain, RECHECK_MS);
    }
  });
  const watch = () => {
    // Not kept: on a page with nothing to find, the page's text would be most of our footprint.
    text = '';
    observer = new MutationObserver(onMutations);
    observer.observe(doc.documentElement, hidden.length > 0 ? REVEALING : OBSERVED);
    events.idle?.();
  };

  // Where the text names them: which of its text nodes do, and does the reader see one?
  const findSeen = (walker: TreeWalker) => {
    const step = meter.wrap('pretest (where)', () => {
      if (stopped) return;
      const batch: Text[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        batch.push(node as Text);
        if (batch.length === NODES_PER_TASK) break;
      }
      if (anySeen(batch)) return;
      if (batch.length === NODES_PER_TASK) defer(step);
      else watch();
    });
    step();
  };

  // The first piece is read at once, in the task that started us: most pages are one piece, and a
  // second task would cost more than the test itself.
  let text = '';
  let at = 0;
  const step = () => {
    if (stopped) return;
    const chunk = text.slice(Math.max(0, at - OVERLAP), at + CHUNK);
    if (meter.regex(() => mayMention(chunk))) {
      text = '';
      return doc.body ? findSeen(doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT)) : watch();
    }
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

/** The text nodes a mutation added or changed that may name them (none for most mutations). */
function textNodesOf(record: MutationRecord): Text[] {
  if (record.type === 'characterData') return [record.target as Text];
  if (record.type !== 'childList') return [];
  const found: Text[] = [];
  for (const node of record.addedNodes) {
    if (node.nodeType === 3) found.push(node as Text);
    else if (node.nodeType === 1 && mayMention(node.textContent ?? '')) {
      const walker = node.ownerDocument?.createTreeWalker(node, NodeFilter.SHOW_TEXT);
      for (let text = walker?.nextNode(); text; text = walker?.nextNode()) found.push(text as Text);
    }
  }
  return found;
}
