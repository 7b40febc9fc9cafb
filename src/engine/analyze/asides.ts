import type { Token } from '../text/tokenize';
import type { Item } from './scope';

// A short aside between two commas inside a clause ("would, in the end, stay", "will, however,
// leave", "мог бы, по его словам, вернуться") does not end the clause: the auxiliary before it
// still governs the verb after it. An aside that names anything the engine reads (a name, a
// predicate, a cue, a number) may be a clause or a list of its own and keeps its breaks.

const ASIDE_MAX = 4;

const commaBefore = (text: string, tokens: Token[], i: number) =>
  text.slice(tokens[i - 1]?.end ?? 0, tokens[i]?.start ?? 0).trim() === ',';

/** Joins the clause across each plain aside, in place. */
export function bridgeAsides(text: string, tokens: Token[], items: Item[]): void {
  const read = new Set<number>();
  for (const item of items) for (let k = item.at; k <= item.last; k++) read.add(k);
  for (let i = 1; i < tokens.length; i++) {
    if (!commaBefore(text, tokens, i)) continue;
    for (let j = i + 1; j <= Math.min(i + ASIDE_MAX, tokens.length - 1); j++) {
      const inside = tokens.slice(i, j);
      if (inside.some((t, k) => read.has(i + k) || t.script === 'number' || (k > 0 && t.breakBefore))) break;
      if (!tokens[j]?.breakBefore) continue;
      if (commaBefore(text, tokens, j)) {
        (tokens[i] as Token).breakBefore = false;
        (tokens[j] as Token).breakBefore = false;
        for (const token of inside) token.aside = true;
      }
      break;
    }
  }
}
