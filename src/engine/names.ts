import type { Analyzer } from './analyze/analyzer';
import { breakBetween } from './clause-break';
import type { Comparison, SentenceView } from './compare';
import { mainPredicates } from './main-predicates';
import type { ClaimView } from './record-view';

// A corroboration explains every name: a person, body or place the sentence names that none of
// the agreeing claims involves is a detail the record lacks ("skipped the summit in Baku" for a
// summit in Minsk, "Galuzin made his decision known" for Pashinyan's), so the sentence is only
// Related. Outlets are frames, not names of the event. A place named as where something happened
// ("in Yerevan") must be the record's place or inside it: "in Armenia" is explained by a
// record that says Yerevan, "in Yerevan" is not explained by one that only says Armenia. A name
// used for its government ("Yerevan said") is explained by whoever it speaks for. Where and to
// whom it was said count too (the record has each statement's setting); a clause that asserts
// something else ("..., and the Kremlin demanded an explanation") is judged by explainsPredicates.

const LOCATIVE = new Set(['in', 'at', 'to', 'в', 'во', 'на']);

export function unexplainedNames(
  sv: SentenceView,
  views: ClaimView[],
  matched: Comparison[],
  analyzer: Analyzer,
  outlets: Set<string>,
): string[] {
  const involved = new Set(views.flatMap((v) => [...v.involved]));
  const a = sv.analysis;
  const theirs = new Set(matched.flatMap((c) => mainPredicates(c.phrasing.analysis).map((p) => p.concept)));
  const asserted = sv.main.filter((p) => theirs.has(p.concept));
  // A clause with a predicate of its own that no matched phrasing has is the predicate rule's to
  // judge; a name in the matched clause, or in one that only tells who said it and where ("in an
  // interview with France 24", "he told reporters in Yerevan"), is a detail the record must have.
  const checkable = (at: number) => {
    const own = sv.main.filter((p) => !breakBetween(a, p.at, at));
    return own.length === 0 || asserted.length === 0 || own.some((p) => asserted.includes(p));
  };
  const out: string[] = [];
  for (const m of a.entities) {
    if (m.adjective || outlets.has(m.id) || involved.has(m.id) || !checkable(m.at)) continue;
    const token = a.tokens[m.at];
    const before = a.tokens[m.at - 1];
    const locative =
      m.kind === 'place' &&
      ((before !== undefined && LOCATIVE.has(before.norm) && !token?.breakBefore) ||
        (token?.script === 'armenian' && token.norm.endsWith('ում')));
    // A person is explained by himself, by someone who speaks for him (Eismont for Lukashenko) or,
    // for a leader, by the state he leads ("Armenia declined" for Pashinyan); never by his country
    // alone: "Galuzin's government recalled ..." is not explained by a claim about Russia.
    const person = m.kind === 'person';
    const leads = analyzer.entities.get(m.id)?.leads;
    const fits = [...involved].some((p) =>
      locative
        ? analyzer.entities.get(p)?.within === m.id
        : person
          ? (analyzer.entities.get(p)?.ancestors.has(m.id) ?? false) || (leads?.has(p) ?? false)
          : analyzer.compatible(m.id, p) || analyzer.samePlace(m.id, p),
    );
    if (!fits) out.push(m.id);
  }
  return out;
}
