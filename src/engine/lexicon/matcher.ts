import { foldYo, type Script, stemOf, type Token } from '../text/tokenize';

// Finds lexicon phrases in a token sequence: longest match first, left to right, one pass. Each
// pattern is indexed by its first word, so a sentence costs one or two map lookups per token.

interface Step {
  how: 'stem' | 'exact' | 'prefix' | 'gap';
  key: string;
  consume: boolean;
}

export interface Pattern<T> {
  steps: Step[];
  value: T;
  /** Longer literal text wins ties between matches of the same length. */
  weight: number;
}

export interface Match<T> {
  value: T;
  /** Span of the match, [from, to) in token indices, gaps included. */
  from: number;
  to: number;
  /** The tokens the pattern's words matched; tokens in a gap stay free for other matches. */
  used: number[];
}

const GAP = 3;

function scriptOfWord(word: string): Script {
  const c = word.charCodeAt(0);
  if (c >= 0x30 && c <= 0x39) return 'number';
  if (c >= 0x400 && c <= 0x4ff) return 'cyrillic';
  if (c >= 0x531 && c <= 0x58f) return 'armenian';
  return 'latin';
}

export function compilePattern<T>(source: string, value: T): Pattern<T> {
  const steps: Step[] = [];
  let weight = 0;
  for (let word of foldYo(source.trim().toLowerCase()).split(/\s+/)) {
    let consume = true;
    if (word.startsWith('>')) {
      consume = false;
      word = word.slice(1);
    }
    if (word === '…') steps.push({ how: 'gap', key: '', consume });
    else if (word.startsWith('=')) steps.push({ how: 'exact', key: word.slice(1), consume });
    else if (word.endsWith('*')) steps.push({ how: 'prefix', key: word.slice(0, -1), consume });
    else {
      // Hyphenated words are separate tokens ("Russia-led", "no-show").
      for (const part of word.split(/[-‑]/).filter(Boolean)) {
        steps.push({ how: 'stem', key: stemOf(part, scriptOfWord(part)), consume });
      }
      continue;
    }
    weight += word.length;
  }
  // A gap is part of the phrase only if a consumed word follows it ("pull … out", not "join … >summit").
  steps.forEach((step, i) => {
    if (step.how === 'gap') step.consume = steps.slice(i + 1).some((s) => s.consume && s.how !== 'gap');
  });
  weight += steps.reduce((n, s) => n + s.key.length, 0);
  return { steps, value, weight };
}

export class PhraseMatcher<T> {
  private byStem = new Map<string, Pattern<T>[]>();
  private byExact = new Map<string, Pattern<T>[]>();
  private byPrefix = new Map<string, Pattern<T>[]>();

  add(pattern: Pattern<T>): void {
    const first = pattern.steps[0];
    if (!first || first.how === 'gap') return;
    const map = first.how === 'stem' ? this.byStem : first.how === 'exact' ? this.byExact : this.byPrefix;
    const key = first.how === 'prefix' ? first.key.slice(0, 2) : first.key;
    const list = map.get(key);
    if (list) list.push(pattern);
    else map.set(key, [pattern]);
  }

  /** Non-overlapping matches, left to right, the one using most words (then the heaviest) first. */
  matchAll(tokens: Token[]): Match<T>[] {
    const out: Match<T>[] = [];
    const taken = new Uint8Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      if (taken[i]) continue;
      const best = this.matchAt(tokens, i, taken);
      if (!best) continue;
      out.push(best);
      for (const t of best.used) taken[t] = 1;
    }
    return out;
  }

  matchAt(tokens: Token[], i: number, taken?: Uint8Array): Match<T> | null {
    const token = tokens[i];
    if (!token) return null;
    const found: Best<T> = { match: null, weight: -1 };
    tryAll(this.byStem.get(token.stem), tokens, i, taken, found);
    tryAll(this.byExact.get(token.norm), tokens, i, taken, found);
    tryAll(this.byPrefix.get(token.norm.slice(0, 2)), tokens, i, taken, found);
    return found.match;
  }
}

interface Best<T> {
  match: Match<T> | null;
  weight: number;
}

// A plain function rather than a closure: this runs for every token of every sentence.
function tryAll<T>(
  list: Pattern<T>[] | undefined,
  tokens: Token[],
  i: number,
  taken: Uint8Array | undefined,
  best: Best<T>,
): void {
  if (!list) return;
  const token = tokens[i] as Token;
  for (const pattern of list) {
    // The index guarantees only the first two letters of a prefix: check the first word before allocating.
    const first = pattern.steps[0] as Step;
    if (first.how === 'prefix' && !token.norm.startsWith(first.key)) continue;
    if (first.how === 'stem' && pattern.steps.length === 1 && best.match && best.match.used.length > 1)
      continue;
    const used: number[] = [];
    const end = matchSteps(pattern.steps, 0, tokens, i, used, taken);
    if (end < 0) continue;
    const size = best.match ? best.match.used.length : -1;
    if (used.length > size || (used.length === size && pattern.weight > best.weight)) {
      best.match = { value: pattern.value, from: i, to: end, used };
      best.weight = pattern.weight;
    }
  }
}

/** Returns the index after the last matched token, or -1; fills `used` with consumed tokens. */
function matchSteps(
  steps: Step[],
  s: number,
  tokens: Token[],
  i: number,
  used: number[],
  taken?: Uint8Array,
): number {
  const step = steps[s];
  if (!step) return i;
  if (step.how === 'gap') {
    for (let skip = 0; skip <= GAP; skip++) {
      const at = i + skip;
      if (skip > 0 && (tokens[at - 1] === undefined || tokens[at]?.breakBefore)) break;
      const mark = used.length;
      const end = matchSteps(steps, s + 1, tokens, at, used, taken);
      if (end >= 0) return end;
      used.length = mark;
    }
    return -1;
  }
  const token = tokens[i];
  if (!token || (s > 0 && token.breakBefore) || (step.consume && taken?.[i])) return -1;
  const ok =
    step.how === 'stem'
      ? token.stem === step.key
      : step.how === 'exact'
        ? token.norm === step.key
        : token.norm.startsWith(step.key);
  if (!ok) return -1;
  if (step.consume) used.push(i);
  const end = matchSteps(steps, s + 1, tokens, i + 1, used, taken);
  if (end < 0 && step.consume) used.pop();
  return end;
}

/** Why a lexicon form could never match as written, or null: checked at build, not at run time. */
export function patternProblem(source: string): string | null {
  const { steps } = compilePattern(source, null);
  if (steps.length === 0) return 'has no word';
  if (steps[0]?.how === 'gap') return 'starts with a gap ("…"), so it never matches';
  if (steps.some((s) => s.how !== 'gap' && s.key === '')) return 'has an empty word ("=", "*" or ">" alone)';
  if (!steps.some((s) => s.consume && s.how !== 'gap'))
    return 'consumes no word (every word starts with ">")';
  return null;
}
