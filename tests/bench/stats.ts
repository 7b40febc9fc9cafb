// Order statistics for small samples. Nearest-rank percentiles: with n samples, p95 is the
// ceil(0.95 n)-th smallest value, so it is always a value that was actually measured.

export interface Summary {
  n: number;
  median: number;
  p95: number;
  max: number;
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] as number;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function summarize(values: readonly number[]): Summary {
  const finite = values.filter(Number.isFinite);
  return {
    n: finite.length,
    median: median(finite),
    p95: percentile(finite, 95),
    max: finite.length ? Math.max(...finite) : Number.NaN,
  };
}
