import type { Summary } from '../stats';

/** Milliseconds: two decimals below 10 ms (the floor lives there), one above. */
export const ms = (v: number | null | undefined) =>
  v == null || !Number.isFinite(v) ? '–' : v < 10 ? v.toFixed(2) : v.toFixed(1);

export const times = (v: number | null | undefined) =>
  v == null || !Number.isFinite(v) ? '–' : `${v.toFixed(2)}×`;

export const kb = (bytes: number | null | undefined) =>
  bytes == null || !Number.isFinite(bytes) ? '–' : `${(bytes / 1024).toFixed(1)} KB`;

export const num = (v: number | null | undefined, digits = 0) =>
  v == null || !Number.isFinite(v) ? '–' : v.toFixed(digits);

/** "median / p95 / max" of a summary, in ms. */
export const triple = (s: Summary | null | undefined) =>
  s ? `${ms(s.median)} / ${ms(s.p95)} / ${ms(s.max)}` : '–';

/** A table row: label, then median, p95 and max in the given format, then the count. */
export const summaryRow = (label: string, s: Summary, format: (v: number) => string = ms) => [
  label,
  format(s.median),
  format(s.p95),
  format(s.max),
  s.n,
];

export function table(head: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}
