import type { CheckResult, Verdict } from '../engine';
import type { MessageKey } from './catalog';
import { ENGLISH, type Translator } from './translate';

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

const WORD_KEYS: Record<ReaderVerdict, MessageKey> = {
  corroborated: 'verdictCorroborated',
  conflicting: 'verdictConflicting',
  outdated: 'verdictOutdated',
  disputed: 'verdictDisputed',
  related: 'verdictRelated',
  none: 'verdictNone',
};

/** The word a reader sees for a verdict, in the interface language (locales/GLOSSARY.md fixes them). */
export const verdictWord = (verdict: ReaderVerdict, text: Translator = ENGLISH): string =>
  text.t(WORD_KEYS[verdict]);

/** The English words, for the command line's tables. */
export const VERDICT_WORDS = Object.fromEntries(
  (Object.keys(WORD_KEYS) as ReaderVerdict[]).map((verdict) => [verdict, verdictWord(verdict)]),
) as Record<ReaderVerdict, string>;

// The glyph repeats the colour's meaning for readers who cannot tell the colours apart.
export const VERDICT_GLYPHS: Record<ReaderVerdict, string> = {
  corroborated: '✓',
  conflicting: '✗',
  outdated: '↺',
  disputed: '⇄',
  related: '≈',
  none: '·',
};

const MEANING_KEYS: Record<ReaderVerdict, MessageKey> = {
  corroborated: 'explainCorroborated',
  conflicting: 'explainConflicting',
  outdated: 'explainOutdated',
  disputed: 'explainDisputed',
  related: 'explainRelated',
  none: 'explainNone',
};

/** One plain line for someone who has never heard of the record: what the verdict means. */
export const verdictMeaning = (verdict: ReaderVerdict, text: Translator = ENGLISH): string =>
  text.t(MEANING_KEYS[verdict]);

// Most serious first: a reader wants the conflicts before the confirmations.
export const READER_VERDICT_ORDER: readonly ReaderVerdict[] = [
  'conflicting',
  'outdated',
  'disputed',
  'corroborated',
  'related',
  'none',
];
