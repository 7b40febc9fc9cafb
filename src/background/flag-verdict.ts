import type { CheckResult, Engine } from '../engine';
import { type Flag, readFlag } from '../flags/flag';
import type { FlagRequest } from '../flags/flag-request';
import { pickEvidence } from '../ui/pick-evidence';

// A reader's flag as the background keeps it. What the reader saw is checked again here rather
// than taken from the message: a page (or a content script it compromised) could otherwise file a
// flag on a verdict Receipts never gave. The engine is deterministic for a sentence and page date,
// so this is the verdict and evidence the card or the sidebar showed.

// The card shows the first of these and the sidebar the first three: the evidence in view.
const EVIDENCE_KEPT = 3;
// The flag schema's bound on a text field (src/flags/flag.ts): a longer quote is kept cut, not lost.
const TEXT_MAX = 2000;
const bounded = (text: string) => (text.length > TEXT_MAX ? `${text.slice(0, TEXT_MAX - 1)}…` : text);

/** An http(s) address without its fragment, or nothing: file:, data: and the like are not kept. */
export function keptAddress(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
    parsed.hash = '';
    const text = parsed.href;
    return text.length <= 2000 && !/\s/.test(text) ? text : undefined;
  } catch {
    return undefined;
  }
}

export function flagFrom(
  request: FlagRequest,
  result: CheckResult,
  pageUrl: string | undefined,
  now: Date,
): Flag {
  const address = request.includeAddress ? keptAddress(pageUrl) : undefined;
  const flag = {
    sentence: request.sentence,
    complaints: request.complaints,
    ...(request.note ? { note: request.note } : {}),
    verdict: result.verdict,
    evidence: pickEvidence(result, EVIDENCE_KEPT).map((e) => ({
      statementId: e.statementId,
      ...(e.claimId ? { claimId: e.claimId } : {}),
      quote: bounded(e.quote),
      speaker: bounded(e.speaker),
      date: e.date,
    })),
    pageDate: request.pageDate,
    ...(address ? { pageUrl: address } : {}),
    flaggedAt: now.toISOString(),
  };
  // The same schema the export and `npm run record -- flags` read: a flag kept is a flag read.
  const read = readFlag(flag);
  if ('problem' in read) throw new Error(`the flag could not be kept: ${read.problem}`);
  return read.flag;
}

/** Checks the sentence again and builds the flag to keep. */
export function recheckedFlag(
  request: FlagRequest,
  engine: Engine,
  pageUrl: string | undefined,
  now: Date,
): Flag {
  const result = engine.check(request.sentence, { pageDate: request.pageDate ?? undefined });
  return flagFrom(request, result, pageUrl, now);
}
