import { blockOf, isInSkipped, roleOf } from './elements';
import { claimSentences, type MentionFinder } from './sentences';
import type { Slicer } from './slicer';
import { nodesFor, rangeFor, walkRuns } from './text-runs';

/** A sentence on the page that mentions the CSTO or Pashinyan, and where it is. */
export interface FoundSentence {
  readonly id: number;
  /** The block whose text holds the sentence; rescanning that block replaces it. */
  readonly owner: Element;
  readonly text: string;
  /** A live range over the page's own text nodes: painted, hit-tested, never inserted. */
  readonly range: Range;
  /** The text nodes the range covers: the page may swap them for new ones holding the same text. */
  nodes: readonly Text[];
}

export interface ScannerOptions {
  doc: Document;
  slicer: Slicer;
  /** Receipts' UI host, once it exists: never read, and mutations inside it are not ours to scan. */
  ownHost: () => Element | null;
  /**
   * Called after each block is (re)scanned with what appeared and what went away, and the kept
   * sentences whose ranges were moved onto the page's new text nodes (the same objects and ranges:
   * only their boundaries changed).
   */
  onChange: (added: FoundSentence[], removed: FoundSentence[], moved: FoundSentence[]) => void;
  /** The engine's mention finders, or timed wrappers of them. */
  mentions?: MentionFinder;
}

export interface Scanner {
  /** Reads everything under `root` (the first scan, or content that appeared at once). */
  scan(root: Element): void;
  /** Rescans only what the records touched: the blocks whose own text changed and added subtrees. */
  noteMutations(records: readonly MutationRecord[]): void;
  sentences(): FoundSentence[];
  /** Forgets every sentence (without reporting them) and ends queued work: the scanner is done. */
  stop(): void;
}

interface Task {
  element: Element;
  /** true: the element and all blocks inside it; false: only its own text. */
  deep: boolean;
}

/**
 * Finds the claim sentences of a page and keeps them in step with the page's changes, block by
 * block: a changed paragraph is reread, an added subtree is read, and everything else is left
 * alone. The work runs on the slicer, so no step blocks the page for long.
 */
export function createScanner(options: ScannerOptions): Scanner {
  const { doc, slicer } = options;
  const byOwner = new Map<Element, FoundSentence[]>();
  const queue: Task[] = [];
  const queued = new Map<Element, Task>();
  let sweep = false;
  let running = false;
  let stopped = false;
  let nextId = 1;

  const enqueue = (element: Element | null, deep: boolean) => {
    if (!element || stopped) return;
    const task = queued.get(element);
    if (task) {
      task.deep ||= deep;
      return;
    }
    const fresh = { element, deep };
    queued.set(element, fresh);
    queue.push(fresh);
    if (!running) {
      running = true;
      slicer.add(work());
    }
  };

  function* work(): Generator<null, void, undefined> {
    try {
      for (;;) {
        if (stopped) return;
        if (sweep) {
          sweep = false;
          dropDisconnected();
        }
        const task = queue.shift();
        if (!task) return;
        queued.delete(task.element);
        yield* scanTask(task);
        yield null;
      }
    } finally {
      running = false;
      // A task queued by a callback while this generator was finishing still needs a runner.
      if (!stopped && (queue.length > 0 || sweep)) {
        running = true;
        slicer.add(work());
      }
    }
  }

  function* scanTask({ element, deep }: Task): Generator<null, void, undefined> {
    const ownHost = options.ownHost();
    if (!element.isConnected || isInSkipped(element, ownHost)) return;
    const inlineRoot = roleOf(element, ownHost) === 'inline';
    const found = new Map<Element, FoundSentence[]>();
    // The element itself always gets its answer, even "nothing": that is how a sentence the page
    // edited away loses its highlight.
    if (!inlineRoot) found.set(element, []);
    for (const run of walkRuns(element, { descend: deep, ownHost })) {
      if (run === null) {
        yield null;
        continue;
      }
      // An inline root's own text belongs to the block around it, which is rescanned on its own.
      if (inlineRoot && run.owner === element) continue;
      const sentences = yield* claimSentences(run.text, options.mentions);
      let list = found.get(run.owner);
      if (!list) {
        list = [];
        found.set(run.owner, list);
      }
      for (const s of sentences) {
        list.push({
          id: nextId++,
          owner: run.owner,
          text: s.text,
          range: rangeFor(run, s.start, s.end, doc),
          nodes: nodesFor(run, s.start, s.end),
        });
      }
      // A step per run of text: a page of 4,000 short paragraphs otherwise gave steps of a hundred
      // runs (26 ms in Firefox on a quiet machine), which the slicer cannot cut.
      yield null;
    }
    // One block at a time, each a step of its own: a first scan ends with every block of the page
    // to commit, and committing them in one go would be one long task on a long page.
    for (const [owner, sentences] of found) {
      if (stopped) return;
      commit(owner, sentences);
      yield null;
    }
  }

  // Keeps an unchanged sentence as the same object, so its verdict, highlight and open card stay put
  // while the page edits something else in the same block, or re-renders the block with the same
  // text (a ticker or a reactive framework setting a text node to what it already said, or swapping
  // it for a new node): its range is then moved onto the new text rather than the sentence replaced.
  const commit = (owner: Element, fresh: FoundSentence[]) => {
    const old = byOwner.get(owner) ?? [];
    if (old.length === 0 && fresh.length === 0) return;
    const unmatched = new Set(old);
    const kept: (FoundSentence | null)[] = fresh.map((f) => {
      const same = old.find((o) => unmatched.has(o) && o.text === f.text && sameRange(o.range, f.range));
      if (same) unmatched.delete(same);
      return same ?? null;
    });
    const added: FoundSentence[] = [];
    const moved: FoundSentence[] = [];
    fresh.forEach((f, at) => {
      if (kept[at]) return;
      const same = old.find((o) => unmatched.has(o) && o.text === f.text);
      if (same) {
        unmatched.delete(same);
        same.range.setStart(f.range.startContainer, f.range.startOffset);
        same.range.setEnd(f.range.endContainer, f.range.endOffset);
        same.nodes = f.nodes;
        moved.push(same);
        kept[at] = same;
      } else {
        added.push(f);
        kept[at] = f;
      }
    });
    if (kept.length > 0) byOwner.set(owner, kept as FoundSentence[]);
    else byOwner.delete(owner);
    if (added.length > 0 || unmatched.size > 0 || moved.length > 0)
      options.onChange(added, [...unmatched], moved);
  };

  // Removed subtrees take their blocks with them; their sentences go without a rescan. A block still
  // on the page that is queued for a rescan is left to it: the page may have swapped its text nodes
  // for new ones with the same text, and the rescan keeps those sentences.
  const dropDisconnected = () => {
    for (const [owner, list] of byOwner) {
      const gone = list.filter((s) => !owner.isConnected || s.nodes.some((n) => !n.isConnected));
      if (gone.length === 0) continue;
      if (owner.isConnected && willRescan(owner)) continue;
      const left = list.filter((s) => !gone.includes(s));
      if (left.length > 0) byOwner.set(owner, left);
      else byOwner.delete(owner);
      options.onChange([], gone, []);
    }
  };

  const willRescan = (owner: Element): boolean => {
    for (const [element, task] of queued)
      if (element === owner || (task.deep && element.contains(owner))) return true;
    return false;
  };

  return {
    scan(root) {
      enqueue(root, true);
    },
    noteMutations(records) {
      if (stopped) return;
      const ownHost = options.ownHost();
      for (const record of records) {
        const target = record.target;
        if (ownHost && (target === ownHost || ownHost.contains(target))) continue;
        if (record.removedNodes.length > 0) sweep = true;
        if (record.type === 'characterData') {
          if (target.parentNode && !isInSkipped(target, ownHost))
            enqueue(blockOf(target, doc, ownHost), false);
          continue;
        }
        if (record.type !== 'childList' || target.nodeType !== 1) continue;
        const element = target as Element;
        if (isInSkipped(element, ownHost)) continue;
        enqueue(roleOf(element, ownHost) === 'inline' ? blockOf(element, doc, ownHost) : element, false);
        for (const node of record.addedNodes) {
          if (node.nodeType === 1 && node !== ownHost && node.firstChild) enqueue(node as Element, true);
        }
      }
      if (sweep && !running) {
        running = true;
        slicer.add(work());
      }
    },
    sentences() {
      return [...byOwner.values()].flat();
    },
    stop() {
      stopped = true;
      byOwner.clear();
      queue.length = 0;
      queued.clear();
      sweep = false;
    },
  };
}

function sameRange(a: Range, b: Range): boolean {
  return (
    a.startContainer === b.startContainer &&
    a.startOffset === b.startOffset &&
    a.endContainer === b.endContainer &&
    a.endOffset === b.endOffset
  );
}
