import numberWords from '../../../data/lexicon/numbers.json';
import type { Token } from '../text/tokenize';

// Counts that can be compared ("six member states" vs "eight"): a number and the kind of thing it
// counts. Years and the numbers inside dates are dates, not counts.

export interface NumberSlot {
  value: number;
  /** What is counted, by class: numbers of different classes are never compared. */
  counts: 'country' | 'day' | 'year' | 'people' | 'other';
  at: number;
}

// Number words by language (data/lexicon/numbers.json); "hundreds" and "thousands" are orders of
// magnitude, not counts, so only the counts are compared. A Map, so a page's "constructor" is no
// number.
const WORDS = new Map<string, number>(
  Object.values(numberWords.counts).flatMap((forms) => Object.entries(forms)),
);

const CLASSES: [NumberSlot['counts'], RegExp][] = [
  [
    'country',
    /^(countr|stat|republic|nation|member|стран|государств|республик|член|երկր|պետություն|հանրապետություն|անդամ)/,
  ],
  ['day', /^(day|дн|дне|օր)/],
  ['year', /^(year|лет|год|տար)/],
  ['people', /^(people|person|armenian|refugee|civilian|soldier|troop|человек|беженц|մարդ|փախստական)/],
];

/** "six" and "6" are the same term. */
export function numberWord(norm: string): string | null {
  const value = WORDS.get(norm);
  return value === undefined ? null : String(value);
}

export function findNumbers(tokens: Token[], dateTokens: Set<number>): NumberSlot[] {
  const out: NumberSlot[] = [];
  tokens.forEach((token, i) => {
    if (dateTokens.has(i)) return;
    const value = token.script === 'number' ? Number(token.norm) : WORDS.get(token.norm);
    if (value === undefined || !Number.isFinite(value) || (value >= 1900 && value <= 2100)) return;
    let counts: NumberSlot['counts'] = 'other';
    for (let j = i + 1; j <= i + 3 && j < tokens.length; j++) {
      const next = tokens[j];
      if (!next || next.breakBefore) break;
      const hit = CLASSES.find(([, re]) => re.test(next.stem) || re.test(next.norm));
      if (hit) {
        counts = hit[0];
        break;
      }
    }
    out.push({ value, counts, at: i });
  });
  return out;
}
