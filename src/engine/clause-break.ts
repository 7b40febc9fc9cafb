import functionWords from '../../data/lexicon/function-words.json';
import type { Analysis } from './analyze/types';

// Tokens an apposition may run to before its closing comma ("a CSTO member state").
const APPOSITION_MAX = 5;
const APPOSITION = new Set(functionWords.apposition);

/**
 * Whether a clause boundary stands between two tokens. A noun phrase set between commas after a
 * name ("did not accuse Belarus, a CSTO member, of taking part") is no boundary: both its commas
 * are passed over.
 */
export function breakBetween(a: Analysis, i: number, j: number): boolean {
  const [from, to] = i < j ? [i, j] : [j, i];
  for (let k = from + 1; k <= to; k++) {
    if (!a.tokens[k]?.breakBefore) continue;
    const close = appositionEnd(a, k);
    if (close === null || close > to) return true;
    k = close;
  }
  return false;
}

/** Where the closing comma of an apposition opening at token k is (its token), or null. */
function appositionEnd(a: Analysis, k: number): number | null {
  if (!APPOSITION.has(a.tokens[k]?.norm ?? '')) return null;
  for (let m = k + 1; m <= k + APPOSITION_MAX && m < a.tokens.length; m++)
    if (a.tokens[m]?.breakBefore) return m;
  return null;
}
