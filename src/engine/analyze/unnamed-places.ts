import { STOP_WORDS } from '../lexicon/cues';
import type { Token } from '../text/tokenize';
import type { Item } from './scope';

// A place the record does not know is still a place: "the CSTO summit in Almaty" is about another
// summit than the one in Minsk, and nothing on the record can back it. Only a capitalised word
// straight after a locative preposition that follows an event word counts (not a date, not a name
// the lexicon reads as something else), so "in November" and "in Parliament's view" stay out.

const LOCATIVE = new Set(['in', 'at', 'в', 'во']);
const NEAR = 5;

export function unnamedPlaces(
  tokens: Token[],
  anchors: Item[],
  unitAt: (Item | undefined)[],
  dateTokens: Set<number>,
): string[] {
  const out = new Set<string>();
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const before = tokens[i - 1] as Token;
    if (!token.cap || token.breakBefore || !LOCATIVE.has(before.norm)) continue;
    if (token.script !== 'latin' && token.script !== 'cyrillic') continue;
    if (unitAt[i] || dateTokens.has(i) || STOP_WORDS.has(token.norm)) continue;
    if (anchors.some((a) => a.last < i && i - a.last <= NEAR)) out.add(token.norm);
  }
  return [...out];
}
