import type { CheckResult, Evidence } from '../engine';

// For each verdict, the stance of the evidence that decided it comes first; the rest of the order
// is the engine's (best match first).
const FIRST: Record<CheckResult['verdict'], Evidence['stance'][]> = {
  conflicting: ['conflicts', 'corroborates', 'related'],
  disputed: ['conflicts', 'corroborates', 'related'],
  corroborated: ['corroborates', 'conflicts', 'related'],
  related: ['corroborates', 'conflicts', 'related'],
  none: ['corroborates', 'conflicts', 'related'],
};

/**
 * The few pieces of evidence a card has room for. A disputed verdict shows both sides when the
 * record has both, so the reader sees the disagreement rather than one half of it.
 */
export function pickEvidence(result: CheckResult, max = 3): Evidence[] {
  const order = FIRST[result.verdict];
  const ranked = [...result.evidence].sort((a, b) => order.indexOf(a.stance) - order.indexOf(b.stance));
  if (result.verdict !== 'disputed') return ranked.slice(0, max);
  const against = ranked.find((e) => e.stance === 'conflicts');
  const forIt = ranked.find((e) => e.stance === 'corroborates');
  const both = [against, forIt].filter((e): e is Evidence => e !== undefined);
  return [...both, ...ranked.filter((e) => !both.includes(e))].slice(0, max);
}
