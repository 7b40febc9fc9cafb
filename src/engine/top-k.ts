/**
 * The positions of the k highest scores, highest first and ties in position order: the first k of
 * a stable sort by descending score, without sorting every position. The k-th highest score is
 * found with a native numeric sort of a copy, so a term held by 50,000 documents costs that sort
 * and one pass instead of 50,000 comparator calls.
 */
export function bestPositions(scores: readonly number[], k: number): number[] {
  const byScore = (a: number, b: number) => (scores[b] as number) - (scores[a] as number) || a - b;
  if (scores.length <= k) return scores.map((_, i) => i).sort(byScore);
  if (k <= 0) return [];
  const sorted = Float64Array.from(scores).sort();
  const threshold = sorted[scores.length - k] as number;
  const above: number[] = [];
  const at: number[] = [];
  scores.forEach((score, i) => {
    if (score > threshold) above.push(i);
    else if (score === threshold) at.push(i);
  });
  return [...above, ...at.slice(0, k - above.length)].sort(byScore);
}
