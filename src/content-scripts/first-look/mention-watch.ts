import { mayMention } from '../../engine/mentions';
import { OBSERVED } from '../common/observed';
import type { CostMeter } from '../common/task-cost';
import { isSeen } from './first-look-visible';

// The page's text is read this many characters per task at most, joined from its text nodes; a
// text node longer than this (a 10 MB <pre>) is read in slices of it, never whole: reading
// body.textContent or a regex over the whole node was one task of 80 ms and more.
const CHUNK = 250_000;
// Overlap between the slices of one node, so a name cut in two between them is still seen.
const OVERLAP = 100;
// Characters of a long node's slice whose box is measured to tell whether the reader sees it.
const SEEN_SAMPLE = 100;
// Text nodes read per task at most: a page of 200,000 tiny nodes is many short tasks too.
const NODES_PER_TASK = 2_000;
// A page whose HTML is at most this many bytes (navigation timing) has its whole text read and
// tested at once first, as the floor does: one call, one regex. Its text is no bigger than its HTML
// unless its scripts added more, hence the second bound, on what was read.
const WHOLE_HTML_MAX = 2_000_000;
const WHOLE_TEXT_MAX = 1_000_000;
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

export interface MentionWatchEvents {
  /** The page may name the CSTO or Pashinyan: called once, after which the watch has stopped. */
  hit(): void;
  /** The whole text was read and named neither; the watch goes on with what the page adds. */
  idle?(): void;
}

export interface MentionWatch {
  stop(): void;
}

/**
 * The mention watch: the first look's cheap test of a page, run on every page the reader opens (and
 * again by the page app when it starts or resumes): a few literal anchors over the page's text, then
 * only over text the page adds or changes later (an article loaded after the page, a single-page
 * navigation). Record-free and DOM-read-only, so where it finds nothing Receipts has cost the page
 * almost nothing.
 *
 * Only text the reader can see counts (first-look-visible.ts): where the whole text names them, the
 * text nodes that do are found and asked whether they show, so script text or a hidden <div> cannot
 * bring Receipts in and tell the page it is installed. Hidden ones are kept and asked again when
 * the page changes a class, style or [hidden].
 */
export function startMentionWatch(
  doc: Document,
  meter: CostMeter,
  defer: (run: () => void) => void,
  events: MentionWatchEvents,
  htmlBytes: number = htmlBytesOf(doc),
): MentionWatch {
  let observer: MutationObserver | null = null;
  let stopped = false;
  let reading = true;
  let hidden: Text[] = [];
  // Text nodes too long to test in one go, with how far each has been read: the same slices for
  // the first reading and for text the page adds later.
  const long: { node: Text; at: number }[] = [];
  let recheck: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    stopped = true;
    hidden = [];
    long.length = 0;
    clearTimeout(recheck);
    observer?.disconnect();
    observer = null;
  };
  const hit = () => {
    stop();
    events.hit();
  };
  const keepHidden = (node: Text) => {
    if (hidden.length < HIDDEN_KEPT && !hidden.includes(node)) hidden.push(node);
  };
  /** True (and the watch over) when one of these text nodes names them where the reader sees it. */
  const anySeen = (nodes: Iterable<Text>): boolean => {
    for (const node of nodes) {
      if (node.length > CHUNK) {
        long.push({ node, at: 0 });
        continue;
      }
      if (!meter.regex(() => mayMention(node.data))) continue;
      if (isSeen(node)) {
        hit();
        return true;
      }
      keepHidden(node);
    }
    return false;
  };
  /** One slice of the first long node; true when it named them where the reader sees it. */
  const sliceSeen = (): boolean => {
    const next = long[0];
    if (!next) return false;
    const { node } = next;
    const from = Math.max(0, next.at - OVERLAP);
    next.at += CHUNK;
    if (next.at >= node.length) long.shift();
    if (!node.isConnected) return false;
    if (!meter.regex(() => mayMention(node.substringData(from, CHUNK + OVERLAP)))) return false;
    // A few characters of the slice stand for it: the box of all its lines would take Chromium
    // 180 ms to measure (12 ms for these, most of it finding the node's lines).
    if (isSeen(node, from, Math.min(node.length, from + SEEN_SAMPLE))) {
      hit();
      return true;
    }
    keepHidden(node);
    // One slice that names them is enough to watch this node; the rest need not be read.
    if (long[0] === next) long.shift();
    return false;
  };
  const watchHidden = () => {
    if (hidden.length === 0 || !observer) return;
    observer.observe(doc.documentElement, REVEALING);
    recheck ??= setTimeout(lookAgain, RECHECK_MS);
  };
  const readLong = meter.wrap('mention watch (long text)', () => {
    if (stopped) return;
    if (sliceSeen()) return;
    if (long.length > 0) defer(readLong);
    else if (reading) defer(next);
    else watchHidden();
  });
  const lookAgain = meter.wrap('mention watch (hidden)', () => {
    recheck = undefined;
    if (stopped) return;
    hidden = hidden.filter((node) => node.isConnected);
    if (!anySeen([...hidden]) && hidden.length === 0) observer?.observe(doc.documentElement, OBSERVED);
  });
  const onMutations = meter.wrap('mutations (idle)', (records: MutationRecord[]) => {
    const waiting = long.length;
    for (const record of records) {
      if (anySeen(textNodesOf(record))) return;
    }
    if (waiting === 0 && long.length > 0) defer(readLong);
    watchHidden();
  });
  const watch = () => {
    reading = false;
    observer = new MutationObserver(onMutations);
    observer.observe(doc.documentElement, hidden.length > 0 ? REVEALING : OBSERVED);
    events.idle?.();
  };

  // The page's text nodes in document order, a chunk of them per task, joined and tested at once:
  // one regex over the chunk is what makes a page with nothing to find cheap. Only where the
  // chunk names them are its nodes asked one by one, and whether the reader sees them.
  // Made on the first walk only: a page the whole-text test clears is never walked.
  let walker: TreeWalker | null | undefined;
  const read = () => {
    if (stopped) return;
    walker ??= doc.body ? doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT) : null;
    const batch: Text[] = [];
    const parts: string[] = [];
    let chars = 0;
    let done = true;
    for (let node = walker?.nextNode(); node; node = walker?.nextNode()) {
      const text = node as Text;
      if (text.length > CHUNK) long.push({ node: text, at: 0 });
      else {
        batch.push(text);
        parts.push(text.data);
        chars += text.length;
      }
      if (chars >= CHUNK || batch.length === NODES_PER_TASK || long.length > 0) {
        done = false;
        break;
      }
    }
    if (batch.length > 0 && meter.regex(() => mayMention(parts.join(''))) && anySeen(batch)) return;
    if (long.length > 0) {
      if (sliceSeen()) return;
      if (long.length > 0) return defer(readLong);
    }
    if (!done) defer(next);
    else watch();
  };
  const next = meter.wrap('mention watch', read);
  // Most pages name neither: for a page not too big, one read of its whole text and one test say
  // so at the floor's cost, with no walk over its nodes. Where the text may name them (script text
  // included), the walk below finds which nodes do and whether the reader sees them.
  const nothingToFind = (): boolean => {
    if (!doc.body || htmlBytes <= 0 || htmlBytes > WHOLE_HTML_MAX) return false;
    const text = doc.body.textContent ?? '';
    return text.length <= WHOLE_TEXT_MAX && !meter.regex(() => mayMention(text));
  };
  // The first chunk is read at once, in the task that started us: most pages are one chunk, and a
  // second task would cost more than the test itself.
  meter.wrap('mention watch', () => {
    if (nothingToFind()) watch();
    else next();
  })();
  return { stop };
}

/** The size of the page's HTML as loaded (0 where unknown: then the text is read node by node). */
function htmlBytesOf(doc: Document): number {
  try {
    const [entry] = doc.defaultView?.performance?.getEntriesByType?.('navigation') ?? [];
    return (entry as PerformanceNavigationTiming | undefined)?.decodedBodySize ?? 0;
  } catch {
    return 0;
  }
}
/** The text nodes a mutation added or changed (tested one by one: a 10 MB one in slices). */
function textNodesOf(record: MutationRecord): Text[] {
  if (record.type === 'characterData') return [record.target as Text];
  if (record.type !== 'childList') return [];
  const found: Text[] = [];
  for (const node of record.addedNodes) {
    if (node.nodeType === 3) found.push(node as Text);
    else if (node.nodeType === 1) {
      const walker = node.ownerDocument?.createTreeWalker(node, NodeFilter.SHOW_TEXT);
      for (let text = walker?.nextNode(); text; text = walker?.nextNode()) found.push(text as Text);
    }
  }
  return found;
}
