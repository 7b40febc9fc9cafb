import { roleOf } from './elements';

/** One text node's place in a run's text. */
export interface TextSegment {
  node: Text;
  /** Offset of the node's first character in the run's text. */
  start: number;
}

/**
 * A stretch of text that reads as continuous prose: the text nodes between two block boundaries,
 * joined across inline elements (links, <em>, <span> ...). Offsets into `text` map back to nodes
 * through `segments`, so a sentence found in the text becomes a Range over the page's own nodes.
 */
export interface TextRun {
  /** The block element the text belongs to; rescanning that block replaces this run. */
  owner: Element;
  text: string;
  segments: TextSegment[];
}

export interface WalkOptions {
  /**
   * true: read the root and every block inside it (a first scan, or content the page added);
   * false: only the root's own text, stopping at nested blocks (a block whose text changed).
   */
  descend: boolean;
  /** Receipts' own UI host: never read. */
  ownHost: Element | null;
  /** Nodes visited between two `null` yields, so a caller can check the clock and pause. */
  unit?: number;
}

const TEXT_NODE = 3;
// Characters of a text node read at once.
const SLICE = 200_000;
const ELEMENT_NODE = 1;

/**
 * Walks the text under `root` in document order and yields its runs, interleaved with `null`
 * every `unit` nodes. A generator rather than a callback so the caller can stop between any two
 * steps and resume in a later task: a page of 200,000 text nodes is read in many short slices.
 *
 * Iterative (no recursion), so 20,000 nested elements cannot overflow the stack. Page shadow roots
 * are not entered: highlight styles from the document do not reach into them (see README).
 */
export function* walkRuns(root: Element, options: WalkOptions): Generator<TextRun | null, void, undefined> {
  const unit = options.unit ?? 256;
  // Owners entered so far, innermost last: leaving one ends its current run.
  const owners: Element[] = [root];
  let parts: string[] = [];
  let segments: TextSegment[] = [];
  let length = 0;
  const take = (owner: Element): TextRun | null => {
    if (segments.length === 0) return null;
    const run: TextRun = {
      owner,
      text: parts.length === 1 ? (parts[0] as string) : parts.join(''),
      segments,
    };
    parts = [];
    segments = [];
    length = 0;
    return run;
  };

  let node: Node | null = root.firstChild;
  let steps = 0;
  while (node) {
    let enter = false;
    if (node.nodeType === TEXT_NODE) {
      const text = node as Text;
      if (text.length > 0) {
        segments.push({ node: text, start: length });
        if (text.length <= SLICE) parts.push(text.data);
        // Read in slices, a step each: in Firefox one read of a 10 MB node's data from the content
        // script's world is a copy of 150 ms and more.
        else
          for (let at = 0; at < text.length; at += SLICE) {
            parts.push(text.substringData(at, SLICE));
            yield null;
          }
        length += text.length;
      }
    } else if (node.nodeType === ELEMENT_NODE) {
      const role = roleOf(node as Element, options.ownHost);
      if (role === 'inline') enter = true;
      else if (role === 'block' || role === 'skip') {
        // A block, a line break or a form field ends the sentence before it.
        const run = take(owners[owners.length - 1] as Element);
        if (run) yield run;
        if (role === 'block' && options.descend && node.firstChild) {
          owners.push(node as Element);
          enter = true;
        }
      }
    }

    if (++steps % unit === 0) yield null;

    if (enter && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    // Climb until there is a next sibling, closing each owner we leave.
    while (node !== root && node.nextSibling === null) {
      node = node.parentNode;
      if (!node || node === root) break;
      if (owners[owners.length - 1] === node) {
        const run = take(node as Element);
        if (run) yield run;
        owners.pop();
      }
    }
    if (!node || node === root) break;
    node = node.nextSibling;
  }
  const run = take(root);
  if (run) yield run;
}

/** Index of the segment holding `offset`; at a boundary, the earlier segment if `preferEarlier`. */
function segmentAt(run: TextRun, offset: number, preferEarlier: boolean): number {
  const { segments } = run;
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const start = (segments[mid] as TextSegment).start;
    if (start < offset || (start === offset && !preferEarlier)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A live Range over the page's nodes for run offsets [start, end). */
export function rangeFor(run: TextRun, start: number, end: number, doc: Document): Range {
  const first = run.segments[segmentAt(run, start, false)] as TextSegment;
  const last = run.segments[segmentAt(run, end, true)] as TextSegment;
  const range = doc.createRange();
  range.setStart(first.node, Math.min(start - first.start, first.node.length));
  range.setEnd(last.node, Math.min(end - last.start, last.node.length));
  return range;
}

/** The text nodes that hold run offsets [start, end). */
export function nodesFor(run: TextRun, start: number, end: number): Text[] {
  const from = segmentAt(run, start, false);
  const to = segmentAt(run, end, true);
  return run.segments.slice(from, to + 1).map((s) => s.node);
}
