import type { Comparison, SentenceView } from './compare';
import type { Decided } from './decided';
import { mainPredicates } from './main-predicates';
import type { ClaimView } from './record-view';

// One sentence may join two facts ("Lukashenko calmly accepted the decision not to go to Minsk":
// his calm, and the skipped Minsk summit), each in a claim of its own; neither claim's phrasing
// explains the whole sentence, so neither scores high alone. Beside the claims that corroborate,
// these are the claims that back, or deny, the part the others leave.

/** How much of a phrasing the sentence must hold for its claim to back the part it covers. */
const JOINED_COVERAGE = 0.75;

// Claims that only fell short because the sentence says more than they do: undisputed, leaning
// to no conflict, with a supporting phrasing that agrees and that the sentence holds nearly whole.
export function joinedFacts(
  results: Decided[],
  contested: Set<string>,
): { view: ClaimView; comparison: Comparison }[] {
  return results.flatMap((d) => {
    const c = d.result.joined;
    if (!c || d.stance !== 'related' || d.result.stance !== 'related') return [];
    if (d.result.view.claim.disputed || d.result.lean?.stance === 'conflicts') return [];
    if (c.coverage < JOINED_COVERAGE) return [];
    // A claim the record speaks against elsewhere vouches for nothing it asserts.
    if (mainPredicates(c.phrasing.analysis).some((p) => contested.has(p.concept))) return [];
    return [{ view: d.result.view, comparison: c }];
  });
}

/** How much of the sentence a denied part and the corroborations must explain together. */
const DENIED_JOINT_PRECISION = 0.8;

// A sentence that joins what the record denies to what it backs is wrong: the claims that
// corroborate explain the rest of it, and the contradicting phrasing that holds whole in it
// (deniedPart) explains the part they leave. Only undisputed claims, and only when the two
// together explain nearly all of the sentence.
export function deniedParts(results: Decided[], corroborations: Decided[], sv: SentenceView): Decided[] {
  if (corroborations.length === 0) return [];
  const backed = new Set(corroborations.flatMap((d) => [...d.result.best.shared]));
  const explained = (extra: Set<string>) => {
    let covered = 0;
    for (const t of sv.terms) if (backed.has(t) || extra.has(t)) covered += sv.weight(t);
    return sv.total > 0 ? covered / sv.total : 0;
  };
  return results.flatMap((d): Decided[] => {
    const part = d.result.deniedPart;
    if (!part || d.stance !== 'related' || d.result.stance !== 'related' || d.result.view.claim.disputed)
      return [];
    if (explained(part.shared) < DENIED_JOINT_PRECISION) return [];
    const claim = { id: d.result.view.claim.id, text: d.result.view.claim.text };
    return [
      {
        ...d,
        stance: 'conflicts',
        result: { ...d.result, stance: 'conflicts', best: part, score: part.score },
        why: { kind: 'otherwise', claim },
      },
    ];
  });
}
