import type { LabelledSentence } from './labelled';

// Precision against coverage over the decision threshold. The engine may report, beside its
// verdict, its best decisive candidate and that candidate's score (`decision`), present even when
// the score is under the engine's own threshold. Sweeping a threshold t over those scores (a
// decision counts when score >= t) shows what each threshold would buy, so the threshold can be
// read off a curve rather than set by hand.

export interface Decision {
  verdict: 'corroborated' | 'conflicting';
  score: number;
}

/** The engine's `decision`, when its result carries a well-formed one; older engines have none. */
export function decisionOf(result: unknown): Decision | null {
  const d = (result as { decision?: unknown } | null)?.decision as Partial<Decision> | undefined;
  if (typeof d !== 'object' || d === null) return null;
  if (d.verdict !== 'corroborated' && d.verdict !== 'conflicting') return null;
  if (typeof d.score !== 'number' || !Number.isFinite(d.score)) return null;
  return { verdict: d.verdict, score: d.score };
}

export interface CurvePoint {
  threshold: number;
  /** Decisions at this threshold that match the gold label, over all decisions made. */
  precision: number | null;
  /** Decidable sentences given a decision at this threshold, over all decidable sentences. */
  coverage: number;
  decisions: number;
  wrong: number;
  /** The same precision, for each verdict apart: each must hold on its own. */
  precisionCorroborated: number | null;
  precisionConflicting: number | null;
}

/** Where precision (overall and of each verdict) stays at or above `floor`, the point with the most coverage. */
export function operatingPoint(curve: readonly CurvePoint[], floor: number): CurvePoint | null {
  const holds = (x: number | null) => x === null || x >= floor;
  let best: CurvePoint | null = null;
  for (const p of curve) {
    if (
      p.decisions > 0 &&
      holds(p.precision) &&
      holds(p.precisionCorroborated) &&
      holds(p.precisionConflicting)
    ) {
      if (!best || p.coverage > best.coverage) best = p;
    }
  }
  return best;
}

const EXPECTED: Record<string, string> = { supported: 'corroborated', contradicted: 'conflicting' };

/**
 * One point per distinct score among the decisions (highest threshold first), over the sentences
 * that mention the CSTO or Pashinyan; null when no result carries a decision.
 */
export function precisionCoverageCurve(
  gold: readonly LabelledSentence[],
  decisions: ReadonlyMap<string, Decision | null>,
): CurvePoint[] | null {
  const rows = gold.filter((g) => g.verdict !== 'none');
  const scored = rows.filter((g) => decisions.get(g.id));
  if (scored.length === 0) return null;
  const decidable = rows.filter((g) => EXPECTED[g.verdict]).length;
  const thresholds = [...new Set(scored.map((g) => (decisions.get(g.id) as Decision).score))].sort(
    (a, b) => b - a,
  );
  return thresholds.map((threshold) => {
    let covered = 0;
    const made = { corroborated: 0, conflicting: 0 };
    const right = { corroborated: 0, conflicting: 0 };
    for (const g of scored) {
      const d = decisions.get(g.id) as Decision;
      if (d.score < threshold) continue;
      made[d.verdict]++;
      if (EXPECTED[g.verdict] === d.verdict) right[d.verdict]++;
      if (EXPECTED[g.verdict]) covered++;
    }
    const all = made.corroborated + made.conflicting;
    const allRight = right.corroborated + right.conflicting;
    const share = (r: number, m: number) => (m === 0 ? null : r / m);
    return {
      threshold,
      precision: share(allRight, all),
      coverage: decidable === 0 ? 0 : covered / decidable,
      decisions: all,
      wrong: all - allRight,
      precisionCorroborated: share(right.corroborated, made.corroborated),
      precisionConflicting: share(right.conflicting, made.conflicting),
    };
  });
}
