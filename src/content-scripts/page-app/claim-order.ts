/** Something placed on the page by a range. */
interface Placed {
  readonly range: Range;
}

export interface ClaimOrder<T extends Placed> {
  add(item: T): void;
  remove(item: T): void;
  /** The items in document order: a new array after each change, so a caller's copy stays as it was. */
  list(): T[];
  readonly size: number;
  clear(): void;
}

const before = (a: Placed, b: Placed): number => {
  try {
    return a.range.compareBoundaryPoints(Range.START_TO_START, b.range);
  } catch {
    // A range the page has just detached, not yet swept: any place will do until it goes.
    return 0;
  }
};

/**
 * Keeps items in document order as they come and go. Sorting everything on each change made the
 * first scan of a long page quadratic; here only what was added since the last read is sorted and
 * merged in, each by a binary search. Most additions follow the last claim (a scan runs top to
 * bottom), and cost one comparison each.
 */
export function createClaimOrder<T extends Placed>(
  /** A number that usually follows document order; checked, never trusted. */
  guess?: (item: T) => number,
): ClaimOrder<T> {
  let ordered: T[] = [];
  const fresh = new Set<T>();
  const gone = new Set<T>();

  const merge = () => {
    let kept = gone.size > 0 ? ordered.filter((item) => !gone.has(item)) : ordered;
    gone.clear();
    const incoming = [...fresh];
    if (guess) {
      // Ordering by the guess costs no DOM calls; checking it costs one per item, sorting by the
      // DOM some fifteen (16,000 claims: 224,000 comparisons, 600 ms in Firefox).
      incoming.sort((a, b) => guess(a) - guess(b));
      if (!inOrder(incoming)) incoming.sort(before);
    } else incoming.sort(before);
    fresh.clear();
    const last = kept[kept.length - 1];
    const first = incoming[0];
    if (!last || !first || before(last, first) <= 0) kept = kept.concat(incoming);
    else {
      const merged: T[] = [];
      let from = 0;
      for (const item of incoming) {
        const at = firstAfter(kept, item, from);
        for (let i = from; i < at; i++) merged.push(kept[i] as T);
        merged.push(item);
        from = at;
      }
      for (let i = from; i < kept.length; i++) merged.push(kept[i] as T);
      kept = merged;
    }
    ordered = kept;
  };

  return {
    add(item) {
      if (gone.delete(item)) return;
      fresh.add(item);
    },
    remove(item) {
      if (fresh.delete(item)) return;
      gone.add(item);
    },
    list() {
      if (fresh.size > 0 || gone.size > 0) merge();
      return ordered;
    },
    get size() {
      return ordered.length - gone.size + fresh.size;
    },
    clear() {
      ordered = [];
      fresh.clear();
      gone.clear();
    },
  };
}

function inOrder(list: readonly Placed[]): boolean {
  for (let i = 1; i < list.length; i++)
    if (before(list[i - 1] as Placed, list[i] as Placed) > 0) return false;
  return true;
}

/** The index of the first item in `list` (from `from` on) that comes after `item`. */
function firstAfter<T extends Placed>(list: readonly T[], item: T, from: number): number {
  let lo = from;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(list[mid] as T, item) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
