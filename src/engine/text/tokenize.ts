import { stemEn, stemHy, stemRu } from './stem';

// Words with their offsets in the original text, so evidence can highlight what matched.

export type Script = 'latin' | 'cyrillic' | 'armenian' | 'number';

export interface Token {
  /** Lowercased; curly apostrophes and Armenian emphasis marks removed. */
  norm: string;
  stem: string;
  start: number;
  end: number;
  script: Script;
  /** Written with a capital first letter (names, and sentence starts). */
  cap: boolean;
  /** Had a possessive 's. */
  poss: boolean;
  /** Punctuation that ends a clause (, ; : . ! ? — brackets, quotes) comes right before this token. */
  breakBefore: boolean;
  /** Inside a short aside between commas ("would, in the end, stay"): no word of the clause's own. */
  aside?: boolean;
  /** An Armenian case ending written after a hyphen (ՀԱՊԿ-ից: "ից"), which says the word's role. */
  hyphenCase?: string;
}

const WORD = /[\p{L}\p{N}\u055B-\u055E]+(?:['’][\p{L}]+)?/gu;
const ARMENIAN_MARKS = /[\u055B-\u055E]/g;
// Armenian case endings written after a hyphen on abbreviations: ՀԱՊԿ-ից, ԱՊՀ-ի.
const HY_HYPHEN_SUFFIX = /^[\u0561-\u0587]{1,3}$/;
const CLAUSE_BREAK = /[,;:.!?()[\]"“”«»—–]/;
const NOT_CONTRACTION: Record<string, string> = { wo: 'will', ca: 'can', sha: 'shall' };

/** Russian writes "ё" or plain "е" for one letter ("пузырём", "пузырем"): read both as "е". */
export const foldYo = (text: string): string => text.replace(/ё/g, 'е');

function scriptOf(word: string): Script {
  const c = word.charCodeAt(0);
  if (c >= 0x30 && c <= 0x39) return 'number';
  if (c >= 0x400 && c <= 0x4ff) return 'cyrillic';
  if (c >= 0x531 && c <= 0x58f) return 'armenian';
  return 'latin';
}

// Pages repeat their words: a bounded cache saves restemming them.
const stems = new Map<string, string>();

export function stemOf(norm: string, script: Script): string {
  let stem = stems.get(norm);
  if (stem !== undefined) return stem;
  stem =
    script === 'latin'
      ? stemEn(norm)
      : script === 'cyrillic'
        ? stemRu(norm)
        : script === 'armenian'
          ? stemHy(norm)
          : norm;
  if (stems.size > 50_000) stems.clear();
  stems.set(norm, stem);
  return stem;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let lastEnd = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const between = text.slice(lastEnd, start);
    const previous = tokens[tokens.length - 1];
    let norm = m[0].toLowerCase();
    const script = scriptOf(norm);
    if (norm.includes('’')) norm = norm.replace(/’/g, "'");
    if (script === 'armenian') norm = norm.replace(ARMENIAN_MARKS, '');
    if (script === 'cyrillic') norm = foldYo(norm);
    if (previous && between === '-' && script === 'armenian' && HY_HYPHEN_SUFFIX.test(norm)) {
      previous.end = end;
      previous.hyphenCase = norm;
      lastEnd = end;
      continue;
    }
    let poss = false;
    const extra: string[] = [];
    if (norm.endsWith("n't") && norm.length > 3) {
      const base = norm.slice(0, -3);
      norm = NOT_CONTRACTION[base] ?? base;
      extra.push('not');
    } else if (norm.endsWith("'s")) {
      norm = norm.slice(0, -2);
      poss = true;
    } else if (norm.endsWith("'ll")) {
      norm = norm.slice(0, -3);
      extra.push('will');
    } else if (/'(?:re|ve|d|m)$/.test(norm)) {
      norm = norm.slice(0, norm.indexOf("'"));
    } else if (norm.endsWith("'")) norm = norm.slice(0, -1);
    const first = m[0][0] ?? '';
    tokens.push({
      norm,
      stem: stemOf(norm, script),
      start,
      end,
      script,
      cap: first !== first.toLowerCase(),
      poss,
      breakBefore: tokens.length === 0 || CLAUSE_BREAK.test(between),
    });
    for (const word of extra) {
      tokens.push({
        norm: word,
        stem: word,
        start,
        end,
        script,
        cap: false,
        poss: false,
        breakBefore: false,
      });
    }
    lastEnd = end;
  }
  return tokens;
}
