import type { Analyzer } from './analyze/analyzer';
import type { SentenceView } from './compare';
import type { Decided, Decision } from './decided';
import { deniedParts, joinedFacts } from './joined';
import { mainPredicates } from './main-predicates';
import { unexplainedNames } from './names';
import { explainsPredicates } from './stance';
import type { Reason } from './types';

// One verdict from the stances of the candidate claims: conflicts win over corroboration, claims
// the record disputes decide only when nothing undisputed does, and a corroboration must explain
// every predicate and every name the sentence asserts.

/** Score differences below this are floating-point noise, not a better fit. */
const SCORE_TIE = 1e-3;
export const RELATED_MIN = 0.2;
/** Differences that mean "another statement" as often as "a wrong one": a better match elsewhere wins. */
const SLOTS = new Set(['date', 'place', 'number', 'members', 'speaker']);
const DISPUTED_MARGIN = 0.1;
/** How much better one reading of the same predicate must fit to decide against another. */
const READING_MARGIN = 0.1;

// Scores equal but for rounding (the index's weights shift with every phrasing added) are a tie,
// and a tie goes to the claim that once held as written: "had ended by then" says more than "the
// record says otherwise".
const byScore = (a: Decided, b: Decided): number =>
  Math.abs(b.result.score - a.result.score) > SCORE_TIE
    ? b.result.score - a.result.score
    : Number(b.time.why === 'ended') - Number(a.time.why === 'ended');

/** The sentence's predicates a decision rests on: the one flipped, or those the phrasing shares. */
function readsOf(d: Decided): Set<string> {
  const m = d.result.mismatch;
  if (m?.concept) return new Set([m.concept]);
  const best = d.result.best;
  return new Set(
    mainPredicates(best.phrasing.analysis)
      .map((p) => p.concept)
      .filter((c) => best.shared.has(`c:${c}`)),
  );
}

/**
 * Conflicts win over corroboration (a sentence is wrong if any part of it is), claims the record
 * itself disputes decide only when nothing undisputed does, and weak matches are only related.
 */
export function decide(
  results: Decided[],
  sv: SentenceView,
  analyzer: Analyzer,
  outlets: Set<string>,
): Decision {
  const decisive = results.filter((d) => d.stance !== 'related').sort(byScore);
  const settled = decisive.filter((d) => !d.result.view.claim.disputed && d.stance !== 'disputed');
  const corroborations = settled.filter((d) => d.stance === 'corroborates');
  const denied = deniedParts(results, corroborations, sv);
  // Another date or place only says the claim is about another event when a claim about this
  // one (with matching date and place) fits the sentence at least as well.
  const conflicts = [...settled, ...denied].filter(
    (d) =>
      d.stance === 'conflicts' &&
      !(
        d.result.mismatch &&
        SLOTS.has(d.result.mismatch.kind) &&
        corroborations.some((c) => c.result.score >= d.result.score)
      ),
  );
  // Two claims that read the same predicate of the sentence in opposite ways ("helping
  // Azerbaijan" as Azerbaijan's helpers, or as Armenia's allies not helping): the one that fits
  // clearly better decides, and a near tie decides nothing. Conflicts in another part of the
  // sentence still win ("placed the call himself" is wrong whatever else is right).
  const unclear = new Set<Decided>();
  for (const c of [...conflicts]) {
    // Competing means the corroborating reading explains every predicate the conflicting one
    // rests on; a conflict about something else ("initiated" beside "the call") is not rivalled.
    const reading = readsOf(c);
    const rivals = corroborations.filter((k) => {
      const other = readsOf(k);
      return reading.size > 0 && [...reading].every((x) => other.has(x));
    });
    const rival = rivals[0];
    if (!rival || c.result.score >= rival.result.score + READING_MARGIN) continue;
    conflicts.splice(conflicts.indexOf(c), 1);
    if (rival.result.score < c.result.score + READING_MARGIN) for (const k of rivals) unclear.add(k);
  }
  for (const k of unclear) corroborations.splice(corroborations.indexOf(k), 1);
  const unsettled = decisive.filter((d) => !settled.includes(d));
  // A claim the record disputes that fits the sentence clearly better than any settled one is
  // what the sentence is about ("Yerevan is destroying relations" is Moscow's charge, denied).
  const settledBest = Math.max(0, ...[...conflicts, ...corroborations].map((d) => d.result.score));
  // Unless the sentence reports what a speaker said and a settled claim records that speaker
  // saying it: "Putin predicted Armenia would stay" is true as a report, whatever the dispute.
  const speaker = sv.analysis.speaker?.id ?? null;
  const reportMatched =
    speaker !== null && corroborations.some((d) => d.result.best.phrasing.analysis.speaker?.id === speaker);
  const disputedFirst =
    !reportMatched &&
    unsettled.length > 0 &&
    (unsettled[0] as Decided).result.score > settledBest + DISPUTED_MARGIN;
  if (conflicts.length > 0 && !disputedFirst) {
    return { verdict: 'conflicting', deciding: [...conflicts, ...corroborations], primary: conflicts[0] };
  }
  // Corroborated only if the agreeing phrasings, together, assert everything the sentence does.
  // What the record speaks against: the predicates of every claim that leans to conflict, unless
  // only the speaker differs: "Lukashenko advised, in a phone call, ..." has him speak where the
  // record has Pashinyan tell of the call, but the call itself is not denied. (A wrong date or
  // place still is: "after announcing the suspension in April" is wrong whatever follows.)
  const leansAgainst = (d: Decided) =>
    d.result.lean?.stance === 'conflicts' && d.result.lean.difference !== 'speaker';
  const contested = new Set(
    results
      .filter((d) => d.stance === 'conflicts' || d.stance === 'disputed' || leansAgainst(d))
      .flatMap((d) => mainPredicates(d.result.best.phrasing.analysis).map((p) => p.concept)),
  );
  // Beside a corroboration, a claim whose phrasing the sentence holds nearly whole, with no
  // difference, backs the part of the sentence it covers: "Lukashenko calmly accepted the
  // decision not to go to Minsk" joins his calm to the skipped Minsk summit.
  const joined = corroborations.length === 0 ? [] : joinedFacts(results, contested);
  const explained = explainsPredicates(
    sv,
    [
      ...corroborations.flatMap((d) => d.result.agreeing ?? [d.result.best]),
      ...joined.map((d) => d.comparison),
    ],
    contested,
  );
  const named =
    unexplainedNames(
      sv,
      [...corroborations.map((d) => d.result.view), ...joined.map((d) => d.view)],
      [...corroborations.map((d) => d.result.best), ...joined.map((d) => d.comparison)],
      analyzer,
      outlets,
    ).length === 0;
  if (corroborations.length > 0 && !disputedFirst && explained && named) {
    return { verdict: 'corroborated', deciding: corroborations, primary: corroborations[0] };
  }
  if (unsettled.length > 0) {
    const primary = unsettled[0] as Decided;
    const note = primary.result.view.claim.disputed;
    const why: Reason = note ? { kind: 'record-disagrees', note } : primary.why;
    return { verdict: 'disputed', deciding: unsettled, primary: { ...primary, why } };
  }
  return related(results);
}

/** The claim that fits best, for a reader, only on the same subject; or none. */
export function related(results: Decided[]): Decision {
  const top = results.filter((d) => d.result.score >= RELATED_MIN).sort(byScore)[0];
  if (!top) return { verdict: 'none', deciding: [] };
  const claim = { id: top.result.view.claim.id, text: top.result.view.claim.text };
  return { verdict: 'related', deciding: [], primary: { ...top, why: { kind: 'related', claim } } };
}
