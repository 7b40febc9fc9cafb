import functionWords from '../../data/lexicon/function-words.json';
import type { BundledRecord } from '../record/types';
import { isoBounds } from './analyze/dates';
import { blankEmptyOpening } from './analyze/opening';
import { asksQuestion } from './analyze/questions';
import type { Analysis } from './analyze/types';
import { concessiveClauses } from './clauses';
import { sentenceView } from './compare';
import { decide, RELATED_MIN, related } from './decide';
import type { Decided } from './decided';
import { EvidenceBuilder } from './evidence';
import { findMentions } from './mentions';
import { RecordAnalyzer } from './record-analyzer';
import { RecordView } from './record-view';
import { Retriever } from './retrieval';
import { type ClaimResult, type ClaimStance, claimStance } from './stance';
import { TermIndex } from './term-index';
import { blankFrames } from './text/frames';
import { applyTime, type TimeCheck } from './time';
import type {
  CheckOptions,
  CheckResult,
  ClaimRef,
  Engine,
  Evidence,
  EvidenceStance,
  Reason,
  Verdict,
  Wording,
} from './types';

// check(): mentions -> analysis -> candidates from the index -> a stance per candidate claim ->
// time -> one verdict with the evidence that decided it first.

const AS_OF = functionWords.asOf;
const CANDIDATE_DOCS = 30;
const CANDIDATE_CLAIMS = 8;
const QUERY_TERMS = 5;
/** Concept and entity terms a query keeps before any plain word. */
const CANONICAL_TERMS = 4;
const CANONICAL = /^[ce]:/;
/** Weights of terms found in about a third and a tenth of the documents. */
const COMMON = Math.log(1 + 3);
const RARE = Math.log(1 + 10);
const MAX_EVIDENCE = 8;
/** A sentence that names neither the CSTO nor Pashinyan still counts when the record decides it this well. */
const IMPLICIT_MIN = 0.7;

export function createEngine(record: BundledRecord, serializedIndex: string, word: Wording): Engine {
  const analyzer = new RecordAnalyzer(record.entities);
  const view = new RecordView(record, analyzer);
  const builder = new EvidenceBuilder(view);
  const entities = builder.entityMap();
  const retriever = new Retriever(TermIndex.parse(serializedIndex));
  const weight = retriever.weight;

  const candidates = (analysis: Analysis): { claims: string[]; statements: string[] } => {
    // The rarest terms find the claim; "CSTO" and "Pashinyan" are in almost every document and
    // would only make the search slow. Words the record never uses find nothing and would only
    // take the query's slots; plain words it uses once or twice ("next", "week") would push out
    // the concepts and names the sentence was read for, so those come first.
    const ranked = analysis.terms
      .filter((t) => retriever.known(t))
      .map((t) => [t, weight(t)] as const)
      .sort((a, b) => b[1] - a[1]);
    const canonical = ranked.filter(([t, w]) => CANONICAL.test(t) && w >= COMMON).slice(0, CANONICAL_TERMS);
    const words = ranked
      .filter(([t, w]) => !CANONICAL.test(t) && w >= RARE)
      .slice(0, QUERY_TERMS - canonical.length);
    const rare = ranked.filter(([, w]) => w >= RARE);
    const query = (
      canonical.length > 0
        ? [...canonical, ...words]
        : (rare.length >= 3 ? rare : ranked.filter(([, w]) => w >= COMMON)).slice(0, QUERY_TERMS)
    ).map(([t]) => t);
    if (query.length === 0) return { claims: [], statements: [] };
    const hits = retriever.search(query, CANDIDATE_DOCS);
    const claims: string[] = [];
    const statements: string[] = [];
    for (const hit of hits) {
      const ref = hit.ref;
      const linked = hit.kind === 'statement' ? (view.linksOf.get(ref) ?? []).map((l) => l.claimId) : [ref];
      if (hit.kind === 'statement' && !statements.includes(ref)) statements.push(ref);
      for (const id of linked) if (!claims.includes(id) && claims.length < CANDIDATE_CLAIMS) claims.push(id);
    }
    return { claims, statements };
  };

  const effectiveDate = (analysis: Analysis, pageDate?: string): string | null => {
    const anchor = analysis.dates.find((d) => d.anchor);
    const pageYear = pageDate ? Number(pageDate.slice(0, 4)) : null;
    if (anchor && (anchor.year ?? pageYear)) return isoBounds(anchor, (anchor.year ?? pageYear) as number)[1];
    return pageDate ?? null;
  };

  // "as of November 2023", "по состоянию на 14 ноября": the sentence dates the state it reports.
  const statesAsOf = (analysis: Analysis): boolean =>
    analysis.dates.some((d) => {
      if (!d.anchor) return false;
      const before = analysis.tokens
        .filter((t) => t.end <= d.start)
        .slice(-3)
        .map((t) => t.norm)
        .join(' ');
      return AS_OF.some((w) => before.endsWith(w));
    });

  const nameOf = (id: string) => entities.get(id)?.name.replace(/\s*\([^)]*\)$/, '') ?? id;
  const text = (why: Reason) => word(why, { nameOf });
  const none = (mentions: boolean): CheckResult => {
    const why: Reason = { kind: 'silent' };
    return { mentions, verdict: 'none', reason: text(why), why, evidence: [] };
  };

  const reasonFor = (d: ClaimResult, time: TimeCheck): Reason => {
    const claim: ClaimRef = { id: d.view.claim.id, text: d.view.claim.text };
    const until = d.view.claim.holds.until ?? null;
    if (time.flux) {
      const { id, text, holds, changing } = time.flux;
      return {
        kind: 'in-flux',
        claim: { id, text },
        since: changing?.since ?? '',
        until: holds.until ?? null,
      };
    }
    if (time.why === 'ended') return { kind: 'ended', claim, until };
    if (time.why === 'changing') return { kind: 'changing', claim, until: until ?? '' };
    if (d.stance === 'corroborates') return { kind: 'same', claim };
    if (d.stance === 'conflicts' && d.mismatch) {
      const { kind, sentence, record } = d.mismatch;
      return { kind: 'difference', claim, difference: kind, sentence, record };
    }
    if (d.stance === 'conflicts') return { kind: 'otherwise', claim };
    return { kind: 'related', claim };
  };

  function check(sentence: string, options: CheckOptions = {}): CheckResult {
    const whole = checkWhole(sentence, options);
    if (!whole.mentions || (whole.verdict !== 'related' && whole.verdict !== 'none')) return whole;
    const clauses = concessiveClauses(sentence);
    if (!clauses) return whole;
    const parts = clauses.map((clause) => checkWhole(clause, options));
    const decided = parts.filter((p) => p.verdict === 'corroborated' || p.verdict === 'conflicting');
    const first = decided[0];
    // One clause right and the other wrong, or one in dispute, is no verdict on the sentence.
    if (!first || decided.some((p) => p.verdict !== first.verdict)) return whole;
    if (parts.some((p) => p.verdict === 'disputed')) return whole;
    return { ...first, mentions: true };
  }

  function checkWhole(sentence: string, options: CheckOptions): CheckResult {
    const mentioned = findMentions(sentence).length;
    const explicit = mentioned > 0;
    // A frame never holds a mention: "CSTO, Pashinyan said - no" is not a dateline.
    const framed = blankEmptyOpening(blankFrames(sentence), (t) => analyzer.analyze(t));
    const analysis = analyzer.analyze(
      framed !== sentence && findMentions(framed).length === mentioned ? framed : sentence,
    );
    if (!explicit && analysis.entities.length === 0) return none(false);
    const { claims, statements } = candidates(analysis);
    const effective = effectiveDate(analysis, options.pageDate);
    const asOf = statesAsOf(analysis);
    const results: Decided[] = [];
    const sv = sentenceView(analysis, weight);
    for (const id of claims) {
      const claimView = view.view(id);
      if (!claimView) continue;
      const result = claimStance(sv, claimView, weight, analyzer, view.outlets);
      const timed = (stance: ClaimStance) =>
        applyTime(stance, claimView.claim, effective, claimView.changes, asOf ? claimView.knownFrom : null);
      const time = timed(result.stance);
      // A fact joined to a corroborated one must hold on the page's date as a corroboration would.
      if (result.joined && timed('corroborates').stance !== 'corroborates') result.joined = undefined;
      if (result.deniedPart && timed('conflicts').stance !== 'conflicts') result.deniedPart = undefined;
      results.push({ result, time, stance: time.stance, why: reasonFor(result, time) });
    }
    // A question asserts nothing (analyze/questions.ts): at most on the same subject.
    const verdict = asksQuestion(sentence) ? related(results) : decide(results, sv, analyzer, view.outlets);
    const top = verdict.primary;
    if (
      !explicit &&
      !(
        top &&
        (verdict.verdict === 'corroborated' || verdict.verdict === 'conflicting') &&
        top.result.score >= IMPLICIT_MIN &&
        namesEveryParty(top.result, analysis)
      )
    ) {
      return none(false);
    }
    const evidence = collectEvidence(verdict, results, statements, analysis);
    const decision = decisionOf(verdict, results);
    if (verdict.verdict === 'related' && evidence.length === 0) return { ...none(true), ...decision };
    const why: Reason | undefined = top?.why ?? (verdict.verdict === 'none' ? { kind: 'silent' } : undefined);
    return {
      mentions: true,
      verdict: verdict.verdict,
      reason: why ? text(why) : '',
      ...(why ? { why } : {}),
      evidence,
      ...(verdict.verdict === 'conflicting' && why?.kind === 'ended'
        ? { outdated: { since: why.until } }
        : {}),
      ...decision,
    };
  }

  // Without the CSTO or Pashinyan named, a sentence is about the record's event only if it names
  // everyone the deciding phrasing does ("Moscow accused Baku of damaging relations" is not Moscow
  // accusing Yerevan, however alike the words) and no one the claim does not involve ("the Kremlin
  // regretted Kazakhstan's decision"). A slot the sentence fills differently ("Lavrov" where the
  // record has Zakharova) counts as filled.
  function namesEveryParty(result: ClaimResult, sentence: Analysis): boolean {
    const m = result.mismatch;
    const parties = [...result.view.supportTerms].filter((t) => t.startsWith('e:')).map((t) => t.slice(2));
    const ours = sentence.entities.filter((s) => !s.adjective);
    return (
      result.best.phrasing.analysis.entities.every(
        (p) => p.adjective || p.id === m?.record || ours.some((s) => analyzer.compatible(s.id, p.id)),
      ) && ours.every((s) => s.id === m?.sentence || parties.some((p) => analyzer.compatible(s.id, p)))
    );
  }

  function collectEvidence(
    verdict: { verdict: Verdict; deciding: Decided[] },
    results: Decided[],
    retrieved: string[],
    analysis: Analysis,
  ): Evidence[] {
    const out: Evidence[] = [];
    const seen = new Set<string>();
    const push = (statementId: string, stance: EvidenceStance, why: Reason, claimId?: string) => {
      if (seen.has(statementId) || out.length >= MAX_EVIDENCE) return;
      const e = builder.build(statementId, stance, text(why), analysis, claimId);
      if (e) e.why = why;
      if (!e) return;
      seen.add(statementId);
      out.push(e);
    };
    const overlap = new Map<string, number>();
    const overlapOf = (id: string) => {
      let v = overlap.get(id);
      if (v === undefined) {
        v = builder.overlap(id, analysis, weight);
        overlap.set(id, v);
      }
      return v;
    };
    const byOverlap = (ids: string[]) => [...ids].sort((a, b) => overlapOf(b) - overlapOf(a));
    for (const d of verdict.deciding) {
      const claim = d.result.view.claim;
      const supports = claim.evidence.filter((e) => e.stance === 'supports').map((e) => e.statement);
      const against = claim.evidence.filter((e) => e.stance === 'contradicts').map((e) => e.statement);
      if (d.time.why === 'ended' || d.time.why === 'changing') {
        const stance: EvidenceStance = d.stance === 'disputed' ? 'related' : 'conflicts';
        for (const id of d.time.shownBy ?? []) push(id, 'related', d.why, claim.id);
        for (const id of byOverlap(claim.endedBy ?? [])) push(id, stance, d.why, claim.id);
        for (const id of byOverlap(supports)) {
          push(id, 'related', { kind: 'held-until', until: claim.holds.until ?? '' }, claim.id);
        }
        continue;
      }
      const forward: EvidenceStance = d.stance === 'corroborates' ? 'corroborates' : 'conflicts';
      const backward: EvidenceStance = forward === 'corroborates' ? 'conflicts' : 'corroborates';
      for (const id of byOverlap(supports)) push(id, forward, d.why, claim.id);
      const other: Reason = claim.disputed ? { kind: 'disputed', note: claim.disputed } : d.why;
      for (const id of byOverlap(against)) push(id, claim.disputed ? backward : 'related', other, claim.id);
    }
    const rest = results
      .filter((d) => !verdict.deciding.includes(d) && d.result.score >= RELATED_MIN)
      .sort((a, b) => b.result.score - a.result.score);
    for (const d of rest) {
      const claim = d.result.view.claim;
      const ids = byOverlap(claim.evidence.map((e) => e.statement)).slice(0, 2);
      const why: Reason = { kind: 'related', claim: { id: claim.id, text: claim.text } };
      for (const id of ids) push(id, 'related', why, claim.id);
    }
    for (const id of retrieved.slice(0, 3)) {
      if (!view.linksOf.has(id)) push(id, 'related', { kind: 'related' });
    }
    return out;
  }

  return { record, check };
}

/** What the verdict rests on, or (when it is not decisive) the candidate that came closest. */
function decisionOf(
  verdict: { verdict: Verdict; primary?: Decided },
  results: Decided[],
): Pick<CheckResult, 'decision'> {
  const top = verdict.primary;
  if (top && (verdict.verdict === 'corroborated' || verdict.verdict === 'conflicting')) {
    return { decision: { verdict: verdict.verdict, score: top.result.score } };
  }
  let best: { verdict: 'corroborated' | 'conflicting'; score: number } | undefined;
  for (const d of results) {
    const lean = d.result.lean;
    if (!lean || (best && best.score >= lean.score)) continue;
    best = { verdict: lean.stance === 'corroborates' ? 'corroborated' : 'conflicting', score: lean.score };
  }
  return best ? { decision: best } : {};
}
