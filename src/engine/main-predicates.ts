import type { Analysis, Pred } from './analyze/types';

// Speech, directives and topics frame a claim ("said", "urged", "the talks on"); what the claim
// asserts is in the other predicates.
const STRUCTURAL = new Set(['speech', 'directive', 'topic']);

/** The predicates a sentence or phrasing asserts, reporting and framing words aside. */
export function mainPredicates(a: Analysis): Pred[] {
  return a.preds.filter((p) => !STRUCTURAL.has(p.kind));
}
