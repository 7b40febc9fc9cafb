import type { CheckResult, Verdict } from '../engine';

/**
 * The verdicts as a reader sees them: the engine's, plus Outdated, which the engine reports as a
 * conflicting verdict with `outdated` set (it held, then the record shows it changed). A sentence
 * that was true when said is not the same news as one that never was, so it gets its own word,
 * colour and mark, while programs reading the engine still count it as a conflict.
 */
export type ReaderVerdict = Verdict | 'outdated';

export function readerVerdict(result: Pick<CheckResult, 'verdict' | 'outdated'>): ReaderVerdict {
  return result.verdict === 'conflicting' && result.outdated ? 'outdated' : result.verdict;
}

/** The words a reader sees for each verdict: the one place they are defined. */
export const VERDICT_WORDS: Record<ReaderVerdict, string> = {
  corroborated: 'Corroborated',
  conflicting: 'Conflicting',
  outdated: 'Outdated',
  disputed: 'Disputed',
  related: 'Related',
  none: 'Not in the record',
};

// The glyph repeats the colour's meaning for readers who cannot tell the colours apart.
export const VERDICT_GLYPHS: Record<ReaderVerdict, string> = {
  corroborated: '✓',
  conflicting: '✗',
  outdated: '↺',
  disputed: '⇄',
  related: '≈',
  none: '·',
};

/** One plain line for someone who has never heard of the record: what the verdict means. */
export const VERDICT_MEANINGS: Record<ReaderVerdict, string> = {
  corroborated: 'Sources in the record say the same thing.',
  conflicting: 'Sources in the record say otherwise.',
  outdated: 'This was true once, but it had changed by the date of this page.',
  disputed: 'Sources in the record disagree with each other about this.',
  related: 'The record has sources on this subject, but none that settles this sentence.',
  none: 'The record has nothing on this sentence.',
};

// Most serious first: a reader wants the conflicts before the confirmations.
export const READER_VERDICT_ORDER: readonly ReaderVerdict[] = [
  'conflicting',
  'outdated',
  'disputed',
  'corroborated',
  'related',
  'none',
];
