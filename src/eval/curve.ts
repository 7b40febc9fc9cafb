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
    let made = 0;
    let right = 0;
    let covered = 0;
    for (const g of scored) {
      const d = decisions.get(g.id) as Decision;
      if (d.score < threshold) continue;
      made++;
      if (EXPECTED[g.verdict] === d.verdict) right++;
      if (EXPECTED[g.verdict]) covered++;
    }
    return {
      threshold,
      precision: made === 0 ? null : right / made,
      coverage: decidable === 0 ? 0 : covered / decidable,
      decisions: made,
      wrong: made - right,
    };
  });
}
