import type { CheckResult, Verdict } from '../engine';
import { type FlagRequest, parseFlagRequest } from '../flags/flag-request';
import { isCalendarDate, isObject } from '../record/guards';
import type { DatedAt } from '../record/types';
import { parseFilters } from '../search/parse';
import type { Facets, SearchAnswer, SearchFilters, StatementDetail, TimelineMonth } from '../search/types';

// The one message contract between the extension's parts. Every message the background receives is
// parsed here first: a message from a compromised or buggy page side is refused with a reason, never
// trusted, and never allowed to make the background do unbounded work.

export const LIMITS = {
  sentencesPerRequest: 400,
  sentenceLength: 2_000,
  queryLength: 500,
  searchResults: 100,
  idLength: 200,
  claimCount: 1_000_000,
} as const;

export interface RecordSummary {
  sources: {
    id: string;
    outlet: string;
    headline: string | null;
    url: string;
    published: DatedAt;
    statements: number;
  }[];
  statements: number;
  claims: number;
}

export type Request =
  | { type: 'check'; sentences: string[]; pageDate: string | null }
  | { type: 'record-summary' }
  /** From the first look (src/content-scripts/first-look/): the page may name the CSTO or Pashinyan. */
  | { type: 'load-page-app' }
  /** From a content script: what its page holds now, for the toolbar badge. */
  | { type: 'page-status'; claimCount: number; worst: Verdict | null }
  /** The sidebar's search of the whole record (src/search). */
  | { type: 'search'; query: string; filters: SearchFilters; limit: number }
  | { type: 'timeline'; query: string; filters: SearchFilters }
  | { type: 'statement-detail'; id: string }
  | { type: 'search-facets' }
  /** Opens the sidebar with this text checked and searched (the context menu and the card's "More"). */
  | { type: 'open-sidebar'; query: string }
  /** A reader's "Does this look wrong?" from a card or the sidebar (src/flags/flag-request.ts). */
  | FlagRequest;

export interface ResponseOf {
  check: { results: CheckResult[] };
  'record-summary': RecordSummary;
  'load-page-app': { ok: true };
  'page-status': { ok: true };
  search: SearchAnswer;
  timeline: { months: TimelineMonth[] };
  'statement-detail': StatementDetail;
  'search-facets': Facets;
  /** opened is false where the browser refused (Firefox opens its sidebar only from a user action
   * such as the context menu, not from a page's message); the text waits for the sidebar either way. */
  'open-sidebar': { opened: boolean };
  flag: { ok: true };
}

export type Response<R extends Request = Request> = ResponseOf[R['type']] | { error: string };

const VERDICTS: readonly Verdict[] = ['corroborated', 'conflicting', 'disputed', 'related', 'none'];

const isBoundedText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;

export function parseRequest(message: unknown): Request | { error: string } {
  if (!isObject(message) || typeof message.type !== 'string')
    return { error: 'message must be an object with a type' };
  switch (message.type) {
    case 'check': {
      const { sentences, pageDate } = message;
      if (!Array.isArray(sentences) || sentences.length > LIMITS.sentencesPerRequest) {
        return { error: `sentences must be a list of at most ${LIMITS.sentencesPerRequest}` };
      }
      // Indexed, not every(): Firefox's structured clone keeps holes, which every() would skip.
      for (let i = 0; i < sentences.length; i++) {
        if (!isBoundedText(sentences[i], LIMITS.sentenceLength))
          return { error: `each sentence must be text of at most ${LIMITS.sentenceLength} characters` };
      }
      if (pageDate !== null && !isCalendarDate(pageDate))
        return { error: 'pageDate must be YYYY-MM-DD or null' };
      return { type: 'check', sentences, pageDate };
    }
    case 'record-summary':
      return { type: 'record-summary' };
    case 'load-page-app':
      return { type: 'load-page-app' };
    case 'page-status': {
      const { claimCount, worst } = message;
      if (
        typeof claimCount !== 'number' ||
        !Number.isInteger(claimCount) ||
        claimCount < 0 ||
        claimCount > LIMITS.claimCount
      ) {
        return { error: `claimCount must be a whole number up to ${LIMITS.claimCount}` };
      }
      if (worst !== null && !VERDICTS.includes(worst as Verdict))
        return { error: 'worst must be a verdict or null' };
      return { type: 'page-status', claimCount, worst: worst as Verdict | null };
    }
    case 'search':
    case 'timeline': {
      const { query, filters, limit } = message;
      if (!isBoundedText(query, LIMITS.queryLength)) {
        return { error: `query must be text of at most ${LIMITS.queryLength} characters` };
      }
      const parsed = parseFilters(filters);
      if ('error' in parsed) return parsed;
      if (message.type === 'timeline') return { type: 'timeline', query, filters: parsed };
      if (
        typeof limit !== 'number' ||
        !Number.isInteger(limit) ||
        limit < 1 ||
        limit > LIMITS.searchResults
      ) {
        return { error: `limit must be a whole number from 1 to ${LIMITS.searchResults}` };
      }
      return { type: 'search', query, filters: parsed, limit };
    }
    case 'statement-detail': {
      const { id } = message;
      if (!isBoundedText(id, LIMITS.idLength))
        return { error: `id must be text of at most ${LIMITS.idLength} characters` };
      return { type: 'statement-detail', id };
    }
    case 'search-facets':
      return { type: 'search-facets' };
    case 'open-sidebar': {
      const { query } = message;
      if (!isBoundedText(query, LIMITS.sentenceLength)) {
        return { error: `query must be text of at most ${LIMITS.sentenceLength} characters` };
      }
      return { type: 'open-sidebar', query };
    }
    case 'flag':
      return parseFlagRequest(message);
    default:
      return { error: `unknown message type "${message.type.slice(0, 40)}"` };
  }
}
