import type { Token } from '../text/tokenize';

// Counts that can be compared ("six member states" vs "eight"): a number and the kind of thing it
// counts. Years and the numbers inside dates are dates, not counts.

export interface NumberSlot {
  value: number;
  /** What is counted, by class: numbers of different classes are never compared. */
  counts: 'country' | 'day' | 'year' | 'people' | 'other';
  at: number;
}

const WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  один: 1,
  одна: 1,
  два: 2,
  две: 2,
  двух: 2,
  три: 3,
  трех: 3,
  трёх: 3,
  четыре: 4,
  пять: 5,
  шесть: 6,
  шести: 6,
  семь: 7,
  восемь: 8,
  մեկ: 1,
  երկու: 2,
  երեք: 3,
  չորս: 4,
  հինգ: 5,
  վեց: 6,
  յոթ: 7,
  ութ: 8,
};

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
  const value = WORDS[norm];
  return value === undefined ? null : String(value);
}

export function findNumbers(tokens: Token[], dateTokens: Set<number>): NumberSlot[] {
  const out: NumberSlot[] = [];
  tokens.forEach((token, i) => {
    if (dateTokens.has(i)) return;
    const value = token.script === 'number' ? Number(token.norm) : WORDS[token.norm];
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
