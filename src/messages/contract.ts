import type { CheckResult, Verdict } from '../engine';
import type { DatedAt } from '../record/types';

// The one message contract between the extension's parts. Every message the background receives is
// parsed here first: a message from a compromised or buggy page side is refused with a reason, never
// trusted, and never allowed to make the background do unbounded work.

export const LIMITS = {
  sentencesPerRequest: 400,
  sentenceLength: 2_000,
  queryLength: 500,
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
  /** From a content script: what its page holds now, for the toolbar badge. */
  | { type: 'page-status'; claimCount: number; worst: Verdict | null };

export interface ResponseOf {
  check: { results: CheckResult[] };
  'record-summary': RecordSummary;
  'page-status': { ok: true };
}

export type Response<R extends Request = Request> = ResponseOf[R['type']] | { error: string };

const VERDICTS: readonly Verdict[] = ['corroborated', 'conflicting', 'disputed', 'related', 'none'];

const isObject = (v: unknown): v is { [key: string]: unknown } =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const isDate = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);

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
      if (!sentences.every((s) => isBoundedText(s, LIMITS.sentenceLength))) {
        return { error: `each sentence must be text of at most ${LIMITS.sentenceLength} characters` };
      }
      if (pageDate !== null && !isDate(pageDate)) return { error: 'pageDate must be YYYY-MM-DD or null' };
      return { type: 'check', sentences, pageDate };
    }
    case 'record-summary':
      return { type: 'record-summary' };
    case 'page-status': {
      const { claimCount, worst } = message;
      if (typeof claimCount !== 'number' || !Number.isInteger(claimCount) || claimCount < 0) {
        return { error: 'claimCount must be a whole number' };
      }
      if (worst !== null && !VERDICTS.includes(worst as Verdict))
        return { error: 'worst must be a verdict or null' };
      return { type: 'page-status', claimCount, worst: worst as Verdict | null };
    }
    default:
      return { error: `unknown message type "${message.type.slice(0, 40)}"` };
  }
}
