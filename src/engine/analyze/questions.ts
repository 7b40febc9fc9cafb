import functionWords from '../../../data/lexicon/function-words.json';
import type { Token } from '../text/tokenize';
import type { Pred } from './types';

// A question asserts nothing: "Would Pashinyan really take Armenia out of the CSTO?" and "it is
// unclear whether Armenia will leave" are neither backed nor denied by a record that has him say
// it will. A sentence with a question mark is only ever Related (engine.ts); a clause a question
// word opens asserts none of its predicates.

const QUESTION_WORDS = new Set(functionWords.question);
const QUESTION_MARKS = functionWords.questionMarks;

export function asksQuestion(text: string): boolean {
  return QUESTION_MARKS.some((mark) => text.includes(mark));
}

/**
 * The predicates the sentence asserts: those after a question word in its clause ("whether",
 * "արդյոք") are asked, and so is the verb Russian "ли" follows ("выйдет ли Армения").
 */
export function assertedOnly(tokens: Token[], preds: Pred[]): Pred[] {
  const asked = tokens.flatMap((t, i) => (QUESTION_WORDS.has(t.norm) ? [i] : []));
  if (asked.length === 0) return preds;
  const sameClause = (from: number, to: number) => {
    for (let k = from + 1; k <= to; k++) if (tokens[k]?.breakBefore) return false;
    return true;
  };
  return preds.filter((p) => !asked.some((q) => q === p.last + 1 || (q < p.at && sameClause(q, p.at))));
}
