import type { Statement } from '../record/types';
import type { DraftStatement } from './draft';

// How a draft compares with the hand-built statements of the same text: how many it found (a
// draft statement holding the hand-built one or held by it), and of those how many got the
// speaker and the date said right. The figures docs/record.md reports.

export interface DraftScore {
  statements: number;
  found: number;
  quotes: number;
  quotesFound: number;
  rightSpeaker: number;
  rightDate: number;
  proposed: number;
}

const overlaps = (a: string, b: string) => a.includes(b) || b.includes(a);

/** The draft statement that best stands for a hand-built one: the same kind first, then the closest length. */
export function matchOf(gold: Statement, drafts: DraftStatement[]): DraftStatement | undefined {
  return drafts
    .filter((d) => overlaps(d.text, gold.text))
    .sort(
      (a, b) =>
        Number(b.kind === gold.kind) - Number(a.kind === gold.kind) ||
        Math.abs(a.text.length - gold.text.length) - Math.abs(b.text.length - gold.text.length),
    )[0];
}

export function scoreDraft(gold: Statement[], drafts: DraftStatement[]): DraftScore {
  const score: DraftScore = {
    statements: gold.length,
    found: 0,
    quotes: 0,
    quotesFound: 0,
    rightSpeaker: 0,
    rightDate: 0,
    proposed: drafts.length,
  };
  for (const statement of gold) {
    const match = matchOf(statement, drafts);
    if (statement.kind === 'quote') score.quotes++;
    if (!match) continue;
    score.found++;
    if (statement.kind === 'quote' && match.kind === 'quote') score.quotesFound++;
    if (match.speaker === statement.speaker) score.rightSpeaker++;
    if (match.said.date === statement.said.date && match.said.precision === statement.said.precision)
      score.rightDate++;
  }
  return score;
}
