import type { CheckResult } from '../engine';
import { isObject } from '../record/guards';

// The messages a page's content script answers (sent with tabs.sendMessage by the popup, the sidebar
// and the background's keyboard commands). Parsed like contract.ts: the content script trusts no
// sender's shape, and a stale or buggy caller gets a reason rather than a silent no-op.

export interface PageClaim {
  /** Position in document order; valid until the page's claims change (see PageClaims.version). */
  index: number;
  /** The sentence as it reads on the page, whitespace collapsed. */
  text: string;
  result: CheckResult;
}

/**
 * What the page holds now.
 * - paused: the reader paused Receipts on this site; nothing is scanned or shown.
 * - no-mentions: the page never names the CSTO or Pashinyan; the script does nothing more.
 * - scanning: the scan or the engine's answers are still coming; claims so far are listed.
 * - ready: every claim found has its verdict (the list may still be empty).
 * - blocked: the page names them, but something in it kept the first look from reaching the
 *   extension (src/content-scripts/first-look/first-look-runtime.ts), so nothing is checked; the
 *   popup and badge say so.
 */
export type PageState = 'paused' | 'no-mentions' | 'scanning' | 'ready' | 'blocked';

export interface PageClaims {
  state: PageState;
  /** The page's publication date as sent to the engine, YYYY-MM-DD, or null when it has none. */
  pageDate: string | null;
  claims: PageClaim[];
  /** Grows each time the claim list changes, so a caller can tell a stale index from a fresh one. */
  version: number;
  /** What reading the page has cost its thread so far (for tests and the benchmark). */
  cost?: TaskCost;
}

export type PageRequest =
  | { type: 'page-claims' }
  /** Scrolls claim `index` into view and opens its card. */
  | { type: 'show-claim'; index: number }
  /** Moves to the next or previous claim from the one shown last (the keyboard commands). */
  | { type: 'navigate-claim'; direction: 'next' | 'previous' };

export interface PageResponseOf {
  'page-claims': PageClaims;
  'show-claim': { ok: true; index: number };
  'navigate-claim': { ok: true; index: number };
}

export type PageResponse<R extends PageRequest = PageRequest> = PageResponseOf[R['type']] | { error: string };

const PAGE_TYPES = new Set(['page-claims', 'show-claim', 'navigate-claim']);

/** True for messages meant for the content script, so it can ignore everything else it overhears. */
export function isPageRequestType(message: unknown): boolean {
  return isObject(message) && typeof message.type === 'string' && PAGE_TYPES.has(message.type);
}

export function parsePageRequest(message: unknown): PageRequest | { error: string } {
  if (!isObject(message) || typeof message.type !== 'string')
    return { error: 'message must be an object with a type' };
  switch (message.type) {
    case 'page-claims':
      return { type: 'page-claims' };
    case 'show-claim': {
      const { index } = message;
      if (typeof index !== 'number' || !Number.isInteger(index) || index < 0)
        return { error: 'index must be a whole number' };
      return { type: 'show-claim', index };
    }
    case 'navigate-claim': {
      const { direction } = message;
      if (direction !== 'next' && direction !== 'previous')
        return { error: 'direction must be "next" or "previous"' };
      return { type: 'navigate-claim', direction };
    }
    default:
      return { error: `unknown page message type "${message.type.slice(0, 40)}"` };
  }
}

/**
 * What Receipts cost the page's thread (measured by src/content-scripts/common/task-cost.ts), sent
 * with 'page-claims'.
 */
export interface TaskCost {
  /** The longest single run of our code, in ms, and which part it was ("scan", "mention watch" ...). */
  longestTaskMs: number;
  longestTask: string;
  /** The longest run of each part, in ms: a figure for the scan is not hidden by a slower message. */
  longestByTask: Record<string, number>;
  /** The same without the time inside the mention regexes. */
  longestByTaskWithoutRegex: Record<string, number>;
  /** The longest run not counting time inside the mention regexes. */
  longestTaskWithoutRegexMs: number;
  /** The longest single stretch inside the mention regexes. */
  longestRegexMs: number;
  /** Total time our code ran, in ms. */
  totalMs: number;
  /** When our first highlight was added, in ms since the page's navigation started; null if never. */
  highlightsAtMs: number | null;
  /** Errors our code caught on this page (it never lets one reach the page), the last few kept. */
  errors: number;
  lastErrors: string[];
}
