import type { Analyzer } from './analyze/analyzer';
import { type DateSlot, datesOverlap } from './analyze/dates';
import type { Analysis, Pred } from './analyze/types';
import { type Comparison, compare, type DoerCheck, mayAlign, type SentenceView } from './compare';
import type { Mismatch } from './compare-slots';
import { mainPredicates } from './main-predicates';
import {
  doerOffRecord,
  doersRead,
  otherDoer,
  sameParties,
  speakerOffRecord,
  subjectOffRecord,
} from './off-record';
import { type ClaimView, signed } from './record-view';

// Decides one claim's stance toward the sentence from its phrasings:
// - a supporting phrasing that says the same thing (no difference at all) corroborates;
// - a contradicting phrasing that says the same thing conflicts, but only if the sentence shares
//   what that phrasing adds to the supporting side (a phrasing that differs from the claim only
//   by "Kazakhstan" decides nothing for a sentence that names no place);
// - a supporting phrasing with exactly one hard difference conflicts, naming that difference;
//   a difference of date, place or count must also hold against everything the record says of
//   the claim ("on 14 November" is fine for a claim whose statement was made that day);
// - anything else is only related. A wrong verdict is worse than none.

export type ClaimStance = 'corroborates' | 'conflicts' | 'related';

export interface ClaimResult {
  view: ClaimView;
  stance: ClaimStance;
  /** How well the deciding (or best) phrasing matches, 0..1. */
  score: number;
  best: Comparison;
  /** The difference that makes it conflict, when a rule (not a contradicting phrasing) decided. */
  mismatch?: Mismatch;
  /**
   * Which way the claim leans and how well, before any threshold: the best phrasing that agrees
   * with the sentence, on either side. For precision-against-coverage curves; it decides nothing.
   */
  lean?: {
    stance: 'corroborates' | 'conflicts';
    score: number;
    /** The one difference a lean to conflict rests on, where a supporting phrasing differs by it. */
    difference?: Mismatch['kind'];
  };
  /**
   * Every supporting phrasing that agrees with the sentence with no difference: a sentence may
   * join two of the claim's facts ("responded ... by asking"), each in another phrasing.
   */
  agreeing?: Comparison[];
  /**
   * The supporting phrasing that agrees with no difference and best covers itself in the
   * sentence, whatever the sentence adds: a sentence that joins this claim's fact to another's
   * says more than either phrasing, so neither scores high alone.
   */
  joined?: Comparison;
  /**
   * A contradicting phrasing the sentence holds whole, with no difference, that explains only part
   * of it: "Pashinyan himself called Lukashenko, who advised him not to rush" says what the record
   * denies and joins it to what it backs. It decides only beside the claims that back the rest
   * (decide.ts).
   */
  deniedPart?: Comparison;
}

export const AGREE_MIN = 0.55;
export const FLIP_MIN = 0.6;
const FLIP_PRECISION = 0.5;
/**
 * A contradicting phrasing the sentence merely contains (it covers the phrasing, but the phrasing
 * explains little of the sentence) is not a conflict: "frozen de facto, with a de jure freeze held
 * in reserve" contains "froze it de jure".
 */
const AGAINST_PRECISION = 0.5;
/** How much of a contradicting phrasing the sentence must hold for a denied part (see deniedPart). */
const DENIED_PART_COVERAGE = 0.9;
/** A supporting phrasing this close to the contradicting one makes it a near tie: Related. */
const TIE_MARGIN = 0.05;
const SLOT_KINDS = new Set(['date', 'place', 'number', 'members']);
/** Differences in the predicate itself: the shared predicate already ties the two together. */
const PREDICATE_KINDS = new Set(['polarity', 'modality', 'qualifier']);

export function claimStance(
  sv: SentenceView,
  view: ClaimView,
  weight: (term: string) => number,
  analyzer: Analyzer,
  outlets: Set<string>,
): ClaimResult {
  let agreeFor: Comparison | null = null;
  const agreeing: Comparison[] = [];
  let joined: Comparison | undefined;
  let deniedPart: Comparison | undefined;
  let agreeAgainst: Comparison | null = null;
  let flip: { c: Comparison; m: Mismatch; slot: boolean } | null = null;
  const sentence = sv.analysis;
  let best: Comparison | null = null;
  let bestSupport = 0;
  let lean: ClaimResult['lean'];
  const leanTo = (stance: 'corroborates' | 'conflicts', score: number, difference?: Mismatch['kind']) => {
    if (!lean || score > lean.score) lean = { stance, score, difference };
  };
  // A sentence about another bloc (the EAEU, the CIS) is not decided by a claim about the CSTO.
  const otherBloc = view.blocs.size > 0 && sv.blocs.size > 0 && ![...sv.blocs].some((b) => view.blocs.has(b));
  const offRecord = offRecordKinds(sentence, view, analyzer);
  // Someone else doing it is neither backed nor denied by what the record has this claim's doer do.
  const doneBySomeoneElse = doerOffRecord(sv, view, analyzer);
  const saidBySomeoneElse =
    speakerOffRecord(sentence, view, analyzer, outlets) ||
    doneBySomeoneElse ||
    subjectOffRecord(sv, view, analyzer);
  // A phrasing that leaves out who does it still backs a sentence that says who, where the record
  // has that doer doing it with the same sign; where it names no doer for it, a possessor
  // ("Pashinyan's freeze announcement") the phrasing names too ("his announcement of the freeze").
  const doesIt: DoerCheck = (theirs, doer, phrasing) => {
    const id = doer.id;
    if (!id) return false;
    const known = view.agents.get(signed(theirs.concept, theirs.polarity));
    // The same doer, or one speaking for it: Armenia is in the CSTO, but does not do what it does.
    const same = (k: string) => k === id || (analyzer.entities.get(id)?.ancestors.has(k) ?? false);
    if (known && known.size > 0) return [...known].some(same);
    if (view.agents.get(signed(theirs.concept, theirs.polarity === 1 ? -1 : 1))?.size) return false;
    return possessive(sentence, doer.at) && phrasing.entities.some((e) => !e.adjective && same(e.id));
  };
  for (const phrasing of view.phrasings) {
    // Only phrasings that can decide are scored in full; the claim's own text stands for the rest.
    if (phrasing.origin !== 'claim' && !mayAlign(sv, phrasing, weight)) continue;
    // Only the claim's own side vouches for its doers; a contradicting phrasing keeps its doubt.
    const c = compare(
      sv,
      phrasing,
      weight,
      analyzer,
      outlets,
      phrasing.side === 'support' ? doesIt : undefined,
    );
    if (!best || c.score > best.score) best = c;
    if (!c.aligned || otherBloc) continue;
    // A date or place the claim never mentions means another event, unless this phrasing has it.
    const agrees =
      offRecord.every((kind) => coversSlot(sentence, phrasing.analysis, kind, analyzer, view)) &&
      sentence.unnamedPlaces.every((place) => phrasing.analysis.unnamedPlaces.includes(place)) &&
      sameQualifier(sentence, phrasing.analysis, view);
    const clean = c.hard.length === 0 && c.soft.length === 0;
    if (phrasing.side === 'contradict' && clean && agrees) leanTo('conflicts', c.score);
    if (phrasing.side === 'support') {
      // Only a phrasing that agrees with the sentence makes a tie with a contradicting one.
      if (clean && agrees) {
        if (c.score >= AGREE_MIN) agreeing.push(c);
        if (!joined || c.coverage > joined.coverage) joined = c;
        bestSupport = Math.max(bestSupport, c.score);
        leanTo('corroborates', c.score);
      }
      if (c.hard.length === 1 && c.soft.length === 0) leanTo('conflicts', c.score, c.hard[0]?.kind);
      if (
        clean &&
        agrees &&
        !saidBySomeoneElse &&
        c.score >= AGREE_MIN &&
        (!agreeFor || c.score > agreeFor.score)
      )
        agreeFor = c;
      const m = c.hard[0];
      // One difference, and otherwise the same content: most of the sentence is in the phrasing.
      if (
        m &&
        c.hard.length === 1 &&
        c.soft.length === 0 &&
        c.score >= FLIP_MIN &&
        c.precision >= FLIP_PRECISION &&
        (PREDICATE_KINDS.has(m.kind) || sameContent(sentence, c))
      ) {
        const slot = SLOT_KINDS.has(m.kind);
        if (slot && !slotOffRecord(sentence, view, m, analyzer)) continue;
        // Another place and another year: another event, not a wrong detail of this one.
        if (slot && offRecord.length > 1) continue;
        if (m.kind === 'polarity' && !sameParties(sentence, view, m, analyzer)) continue;
        if (!flip || c.score > flip.c.score) flip = { c, m, slot };
      }
    } else if (
      clean &&
      agrees &&
      c.score >= AGREE_MIN &&
      c.precision >= AGAINST_PRECISION &&
      // Denying needs something denied: a phrasing with no predicate of its own ("told him of
      // his decision at a meeting in Minsk") may differ by what this engine cannot read, so it
      // decides only when it is nearly the sentence itself.
      (mainPredicates(c.phrasing.analysis).length > 0 || (c.coverage >= 0.9 && c.precision >= 0.75)) &&
      addsNothingMissing(sentence, c, view, weight) &&
      !otherDoer(sv, c.phrasing.analysis, analyzer)
    ) {
      if (!agreeAgainst || c.score > agreeAgainst.score) agreeAgainst = c;
    } else if (
      phrasing.side === 'contradict' &&
      clean &&
      agrees &&
      c.score >= AGREE_MIN &&
      c.coverage >= DENIED_PART_COVERAGE &&
      doersRead(sv, c.phrasing.analysis, analyzer) &&
      addsNothingMissing(sentence, c, view, weight) &&
      (!deniedPart || c.coverage > deniedPart.coverage)
    ) {
      deniedPart = c;
    }
  }
  const fallback = best as Comparison;
  // A date, place or count that matches nothing the record says of the claim outweighs a
  // phrasing that simply does not mention it.
  if (flip?.slot)
    return { lean, view, stance: 'conflicts', score: flip.c.score, best: flip.c, mismatch: flip.m };
  // A near tie between the two sides decides nothing; only a clearly better support still does.
  if (agreeAgainst && bestSupport + TIE_MARGIN > agreeAgainst.score) {
    if (!agreeFor || agreeFor.score < agreeAgainst.score + TIE_MARGIN) {
      return { lean, view, stance: 'related', score: agreeAgainst.score, best: agreeAgainst };
    }
    agreeAgainst = null;
  }
  if (agreeAgainst && (!agreeFor || agreeAgainst.score >= agreeFor.score)) {
    return { lean, view, stance: 'conflicts', score: agreeAgainst.score, best: agreeAgainst };
  }
  // The record agrees with part of the sentence and denies another part that the agreeing
  // phrasing does not speak to ("will leave" yes, "on a set date" no): the sentence is wrong.
  if (
    agreeFor &&
    flip?.m.kind === 'polarity' &&
    !mainPredicates(agreeFor.phrasing.analysis).some((p) => p.concept === flip?.m.concept)
  ) {
    return { lean, view, stance: 'conflicts', score: flip.c.score, best: flip.c, mismatch: flip.m };
  }
  if (agreeFor)
    return { lean, view, stance: 'corroborates', score: agreeFor.score, best: agreeFor, agreeing };
  if (flip) return { lean, view, stance: 'conflicts', score: flip.c.score, best: flip.c, mismatch: flip.m };
  return { lean, view, stance: 'related', score: fallback.score, best: fallback, joined, deniedPart };
}

// A corroboration explains every checkable part: each predicate the sentence asserts (reporting
// verbs and topics aside) is one that an agreeing phrasing asserts too, or one the record does not
// speak against. "The CSTO condemned the incursion after Armenia asked it to" is not backed by
// "Armenia asked the CSTO for help" while the record denies the condemning. The phrasings may come
// from several claims ("asked the CSTO for help, but the bloc never answered").
export function explainsPredicates(
  sv: SentenceView,
  agreeing: Comparison[],
  contested: Set<string>,
): boolean {
  const theirs = new Set(agreeing.flatMap((c) => c.phrasing.analysis.preds.map((p) => p.concept)));
  // Two readings of the same words ("come to the summit": visit, attend) need only one match;
  // what the analyzer inferred rather than read needs none.
  const explained = (p: Pred) =>
    p.synthetic ||
    theirs.has(p.concept) ||
    sv.main.some((q) => q !== p && q.at <= p.last && p.at <= q.last && theirs.has(q.concept));
  return sv.main.every((p) => explained(p) || !contested.has(p.concept));
}

// The terms a contradicting phrasing has beyond the supporting side are what makes it differ;
// the sentence must share at least one of them, unless the difference is only in polarity.
function addsNothingMissing(
  sentence: Analysis,
  c: Comparison,
  view: ClaimView,
  weight: (term: string) => number,
): boolean {
  // "formally withdrawn" decides only for a sentence that also says "formally".
  for (const pred of c.phrasing.analysis.preds) {
    if (!pred.qualifier) continue;
    const ours = sentence.preds.filter((s) => s.concept === pred.concept);
    if (ours.length > 0 && !ours.some((s) => s.qualifier === pred.qualifier)) return false;
  }
  // A date is a slot, not words: a phrasing whose difference is a date the record never gives
  // the claim ("announced the freeze in November 2023") denies only a sentence that gives a date
  // (compared as a slot: the same one, or it would not be clean). "The 2020 war" is the claim's.
  const otherDate = c.phrasing.analysis.dates.some(
    (d) => !d.anchor && !recordDates(view, d).some((t) => datesOverlap(d, t)),
  );
  if (otherDate && !sentence.dates.some((d) => !d.anchor)) return false;
  const distinct = c.phrasing.analysis.terms.filter((t) => !view.supportTerms.has(t));
  if (distinct.length === 0) return true;
  const ours = new Set(sentence.terms);
  let total = 0;
  let shared = 0;
  for (const t of distinct) {
    total += weight(t);
    if (ours.has(t)) shared += weight(t);
  }
  return shared >= total / 2;
}

// "froze it de jure" is not backed by a phrasing that does not say how ("froze its membership")
// when the claim says elsewhere that it was de facto: the claim is qualified, the phrasing short.
// ("suspended in practice, and may be suspended formally" has one suspension the claim fits.)
function sameQualifier(sentence: Analysis, p: Analysis, view: ClaimView): boolean {
  for (const [concept, known] of view.qualifiers) {
    const ours = sentence.preds.filter((s) => s.concept === concept);
    const fits = (q: 'facto' | 'jure' | null) =>
      q === null || known.has(q) || p.preds.some((t) => t.concept === concept && t.qualifier === q);
    if (ours.length > 0 && !ours.some((s) => fits(s.qualifier))) return false;
  }
  return true;
}

function slotOffRecord(sentence: Analysis, view: ClaimView, m: Mismatch, analyzer: Analyzer): boolean {
  if (m.kind === 'place') {
    return sentence.places.every((a) => !view.places.some((b) => analyzer.samePlace(a, b)));
  }
  if (m.kind === 'date') {
    const ours = sentence.dates.filter((d) => !d.anchor);
    return ours.some((d) => !recordDates(view, d).some((t) => datesOverlap(d, t)));
  }
  if (m.kind === 'number') return !view.numbers.some((n) => String(n.value) === m.sentence);
  if (m.kind === 'members') return !view.members.some((list) => list.join(', ') === m.sentence);
  return true;
}

// What the sentence asserts must be what the phrasing asserts: a speaker or a date can only be
// wrong for the same statement.
function sameContent(sentence: Analysis, c: Comparison): boolean {
  const ours = new Set(mainPredicates(sentence).map((p) => p.concept));
  if (ours.size === 0) return true;
  const theirs = new Set(c.phrasing.analysis.preds.map((p) => p.concept));
  let found = 0;
  for (const concept of ours) if (theirs.has(concept)) found++;
  return found / ours.size >= 2 / 3;
}

function offRecordKinds(
  sentence: Analysis,
  view: ClaimView,
  analyzer: Analyzer,
): ('place' | 'date' | 'number')[] {
  const kinds: ('place' | 'date' | 'number')[] = [];
  const probe = (kind: 'place' | 'date' | 'number') => ({ kind, sentence: '', record: '' }) as Mismatch;
  if (
    sentence.places.length > 0 &&
    view.places.length > 0 &&
    slotOffRecord(sentence, view, probe('place'), analyzer)
  ) {
    kinds.push('place');
  }
  const dates = sentence.dates.filter((d) => !d.anchor);
  if (dates.length > 0 && view.dates.length > 0 && slotOffRecord(sentence, view, probe('date'), analyzer))
    kinds.push('date');
  const counted = sentence.numbers.filter((x) => x.counts !== 'other');
  if (counted.length > 0 && view.numbers.some((x) => counted.some((y) => y.counts === x.counts))) {
    if (!counted.some((y) => view.numbers.some((x) => x.counts === y.counts && x.value === y.value)))
      kinds.push('number');
  }
  return kinds;
}

/** A day is checked against the days the record gives, when it gives any. */
function recordDates(view: ClaimView, d: DateSlot): DateSlot[] {
  return d.precision === 'day' && view.days.length > 0 ? view.days : view.dates;
}

function coversSlot(
  sentence: Analysis,
  p: Analysis,
  kind: 'place' | 'date' | 'number',
  analyzer: Analyzer,
  view: ClaimView,
): boolean {
  if (kind === 'place') return sentence.places.some((a) => p.places.some((b) => analyzer.samePlace(a, b)));
  if (kind === 'date') {
    const ours = sentence.dates.filter((d) => !d.anchor);
    const exact = (d: DateSlot, t: DateSlot) =>
      d.precision !== 'day' || view.days.length === 0 || t.precision === 'day';
    return ours.every((d) => p.dates.some((t) => exact(d, t) && datesOverlap(d, t)));
  }
  return sentence.numbers.some((n) => p.numbers.some((m) => m.counts === n.counts && m.value === n.value));
}

/** The name at this token is written as a possessor ("Pashinyan's", "Nikol Pashinyan's"). */
function possessive(sentence: Analysis, at: number): boolean {
  const m = sentence.entities.find((e) => e.at === at);
  if (!m) return false;
  return sentence.tokens.some((t) => t.poss && t.start >= m.start && t.end <= m.end);
}
