import type { CheckResult, Evidence, Verdict } from '../engine';
import { isCalendarDate } from '../record/guards';
import type { QuoteSentence } from '../record/sentence';
import type { PageClaim, PageClaims, PageRequest, PageResponseOf, PageState } from './page-contract';

// What a page's content script answers is read like any message from a page: the content script
// lives inside a page that may have compromised its renderer, and the popup and sidebar render what
// it says. So an answer is rebuilt field by field from what is expected, bounded, and refused with a
// reason otherwise; nothing of it is passed on as it came.

const LIMITS = { claims: 10_000, text: 10_000, evidence: 50, highlights: 50 } as const;
const STATES: readonly PageState[] = ['paused', 'no-mentions', 'scanning', 'ready', 'blocked'];
const VERDICTS: readonly Verdict[] = ['corroborated', 'conflicting', 'disputed', 'related', 'none'];
const STANCES: readonly Evidence['stance'][] = ['corroborates', 'conflicts', 'related'];
const PRECISIONS: readonly Evidence['datePrecision'][] = ['day', 'month', 'year'];
const KINDS: readonly Evidence['kind'][] = ['quote', 'report'];
const LANGS: readonly NonNullable<Evidence['lang']>[] = ['en', 'ru', 'hy'];

class Refused extends Error {}

type Fields = { [key: string]: unknown };
const object = (v: unknown, what: string): Fields => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Refused(`${what} must be an object`);
  return v as Fields;
};
const text = (v: unknown, what: string, max: number = LIMITS.text): string => {
  if (typeof v !== 'string' || v.length > max)
    throw new Refused(`${what} must be text of at most ${max} characters`);
  return v;
};
const optionalText = (v: unknown, what: string): string | undefined =>
  v === undefined ? undefined : text(v, what);
const whole = (v: unknown, what: string): number => {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0)
    throw new Refused(`${what} must be a whole number`);
  return v;
};
const oneOf = <T>(v: unknown, allowed: readonly T[], what: string): T => {
  if (!allowed.includes(v as T)) throw new Refused(`${what} must be one of ${allowed.join(', ')}`);
  return v as T;
};
const list = (v: unknown, what: string, max: number): unknown[] => {
  if (!Array.isArray(v) || v.length > max) throw new Refused(`${what} must be a list of at most ${max}`);
  return Array.from({ length: v.length }, (_, i) => v[i]);
};
// The popup links to the source: never anything but a web address.
const webAddress = (v: unknown, what: string): string => {
  const url = text(v, what);
  if (!/^https?:\/\//i.test(url)) throw new Refused(`${what} must be an http or https address`);
  return url;
};

function evidence(v: unknown): Evidence & { sentence?: QuoteSentence } {
  const e = object(v, 'evidence');
  const out: Evidence & { sentence?: QuoteSentence } = {
    statementId: text(e.statementId, 'statementId', 200),
    url: webAddress(e.url, 'evidence url'),
    outlet: text(e.outlet, 'outlet'),
    speaker: text(e.speaker, 'speaker'),
    date: text(e.date, 'date', 10),
    datePrecision: oneOf(e.datePrecision, PRECISIONS, 'datePrecision'),
    quote: text(e.quote, 'quote'),
    kind: oneOf(e.kind, KINDS, 'kind'),
    stance: oneOf(e.stance, STANCES, 'stance'),
    reason: text(e.reason, 'evidence reason'),
  };
  const claimId = optionalText(e.claimId, 'claimId');
  const speakerRole = optionalText(e.speakerRole, 'speakerRole');
  if (e.published !== undefined) {
    const published = object(e.published, 'published');
    out.published = {
      date: text(published.date, 'published date', 10),
      precision: oneOf(published.precision, PRECISIONS, 'published precision'),
    };
  }
  if (e.lang !== undefined) out.lang = oneOf(e.lang, LANGS, 'lang');
  if (claimId !== undefined) out.claimId = claimId;
  if (speakerRole !== undefined) out.speakerRole = speakerRole;
  if (e.sentence !== undefined) {
    const sentence = object(e.sentence, 'sentence');
    out.sentence = {
      before: text(sentence.before, 'sentence before'),
      after: text(sentence.after, 'sentence after'),
    };
  }
  if (e.highlights !== undefined) {
    out.highlights = list(e.highlights, 'highlights', LIMITS.highlights).map((h) => {
      const span = object(h, 'highlight');
      return { start: whole(span.start, 'highlight start'), end: whole(span.end, 'highlight end') };
    });
  }
  return out;
}

function checkResult(v: unknown): CheckResult {
  const r = object(v, 'result');
  if (typeof r.mentions !== 'boolean') throw new Refused('mentions must be true or false');
  const result: CheckResult = {
    mentions: r.mentions,
    verdict: oneOf(r.verdict, VERDICTS, 'verdict'),
    reason: text(r.reason, 'reason'),
    evidence: list(r.evidence, 'evidence', LIMITS.evidence).map(evidence),
  };
  if (r.outdated !== undefined) {
    const since = object(r.outdated, 'outdated').since;
    if (since !== null && !isCalendarDate(since))
      throw new Refused('outdated.since must be YYYY-MM-DD or null');
    result.outdated = { since };
  }
  return result;
}

function pageClaims(v: unknown): PageClaims {
  const p = object(v, 'the answer');
  const pageDate = p.pageDate === null ? null : text(p.pageDate, 'pageDate', 10);
  if (pageDate !== null && !isCalendarDate(pageDate)) throw new Refused('pageDate must be YYYY-MM-DD');
  const claims = list(p.claims, 'claims', LIMITS.claims).map((c): PageClaim => {
    const claim = object(c, 'claim');
    return {
      index: whole(claim.index, 'index'),
      text: text(claim.text, 'claim text'),
      result: checkResult(claim.result),
    };
  });
  const answer: PageClaims = {
    state: oneOf(p.state, STATES, 'state'),
    pageDate,
    claims,
    version: whole(p.version, 'version'),
  };
  // The figures tests and the benchmark read; only numbers and the names of our own tasks.
  if (p.cost !== undefined) answer.cost = costOf(object(p.cost, 'cost'));
  return answer;
}

// Our own tasks are a handful of short names; a page cannot make the list long.
function figuresByTask(c: Fields, what: string): Record<string, number> {
  const entries = Object.entries(c);
  if (entries.length > 20) throw new Refused(`${what} has too many tasks`);
  return Object.fromEntries(
    entries.map(([task, ms]) => {
      if (typeof ms !== 'number' || !Number.isFinite(ms)) throw new Refused(`${what} must hold numbers`);
      return [text(task, what, 100), ms];
    }),
  );
}

function costOf(c: Fields): NonNullable<PageClaims['cost']> {
  const number = (v: unknown, what: string) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new Refused(`${what} must be a number`);
    return v;
  };
  return {
    longestTaskMs: number(c.longestTaskMs, 'longestTaskMs'),
    longestTask: text(c.longestTask, 'longestTask', 100),
    longestTaskWithoutRegexMs: number(c.longestTaskWithoutRegexMs, 'longestTaskWithoutRegexMs'),
    longestRegexMs: number(c.longestRegexMs, 'longestRegexMs'),
    totalMs: number(c.totalMs, 'totalMs'),
    highlightsAtMs: c.highlightsAtMs === null ? null : number(c.highlightsAtMs, 'highlightsAtMs'),
    errors: whole(c.errors, 'errors'),
    lastErrors: list(c.lastErrors, 'lastErrors', 20).map((e) => text(e, 'lastErrors', 500)),
    longestByTask: figuresByTask(object(c.longestByTask, 'longestByTask'), 'longestByTask'),
    longestByTaskWithoutRegex: figuresByTask(
      object(c.longestByTaskWithoutRegex, 'longestByTaskWithoutRegex'),
      'longestByTaskWithoutRegex',
    ),
  };
}

function shown(v: unknown): { ok: true; index: number } {
  const a = object(v, 'the answer');
  if (a.ok !== true) throw new Refused('ok must be true');
  return { ok: true, index: whole(a.index, 'index') };
}

/**
 * The page's answer to `request`, rebuilt from what that answer may hold, or { error } saying what
 * was wrong with it. An { error } answer from the page comes back as its (bounded) text.
 */
export function parsePageAnswer<R extends PageRequest>(
  request: R,
  answer: unknown,
): PageResponseOf[R['type']] | { error: string } {
  try {
    if (answer === undefined) return { error: 'no answer from the page' };
    const a = object(answer, 'the answer');
    if ('error' in a) return { error: text(a.error, 'error', 500) };
    const parsed = request.type === 'page-claims' ? pageClaims(answer) : shown(answer);
    return parsed as PageResponseOf[R['type']];
  } catch (error) {
    if (error instanceof Refused) return { error: `the page's answer was refused: ${error.message}` };
    throw error;
  }
}
