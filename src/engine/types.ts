import type { BundledRecord, DatePrecision } from '../record/types';

export type Verdict = 'corroborated' | 'conflicting' | 'disputed' | 'related' | 'none';

export type EvidenceStance = 'corroborates' | 'conflicts' | 'related';

/**
 * Why a verdict or a piece of evidence is what it is, as data: a kind and its parameters, for the
 * interface to put into words in the reader's language (src/i18n/reason-text.ts puts it into words).
 * `claim` is the claim's id and its canonical text; people and places are entity ids.
 */
export type Reason =
  | { kind: 'same'; claim: ClaimRef }
  | { kind: 'otherwise'; claim: ClaimRef }
  | { kind: 'related'; claim?: ClaimRef }
  | { kind: 'ended'; claim: ClaimRef; until: string | null }
  | { kind: 'changing'; claim: ClaimRef; until: string }
  | { kind: 'in-flux'; claim: ClaimRef; since: string; until: string | null }
  | { kind: 'held-until'; until: string }
  | { kind: 'disputed'; note: string }
  | { kind: 'record-disagrees'; note: string }
  | { kind: 'silent' }
  | {
      kind: 'difference';
      claim: ClaimRef;
      /** What differs: polarity, modality, qualifier, agent, speaker, place, date, number, members. */
      difference: string;
      /** The record's value and the sentence's: entity ids, ISO dates, numbers or keywords. */
      record: string;
      sentence: string;
    };

export interface ClaimRef {
  id: string;
  text: string;
}

export interface Highlight {
  start: number;
  end: number;
}

export interface Evidence {
  statementId: string;
  claimId?: string;
  /** The source article's original URL. */
  url: string;
  outlet: string;
  speaker: string;
  speakerRole?: string;
  /** When it was said (not when it was published). */
  date: string;
  datePrecision: DatePrecision;
  /** When the source published it, told apart from when it was said. */
  published?: { date: string; precision: DatePrecision };
  /** The language the quote is written in, for the `lang` attribute a screen reader and fonts follow. */
  lang?: 'en' | 'ru' | 'hy';
  quote: string;
  kind: 'quote' | 'report';
  stance: EvidenceStance;
  /** One line a reader understands: "The source says he did not attend; this sentence says he did." */
  reason: string;
  /** The same reason as data, for an interface in another language. */
  why?: Reason;
  /** Offsets in `quote` of the words that matter. */
  highlights?: Highlight[];
}

export interface CheckResult {
  mentions: boolean;
  verdict: Verdict;
  reason: string;
  /** The reason as data (kind and parameters); `reason` is its English wording. */
  why?: Reason;
  /** Best first: the evidence that decided the verdict comes before the merely related. */
  evidence: Evidence[];
  /**
   * Set on a conflicting verdict that rests only on time: the sentence held, then the record shows
   * it changed before the page's date. Readers see it as Outdated; `verdict` stays "conflicting" so
   * programs that count conflicts keep working. `since` is the day it stopped holding, when known.
   */
  outdated?: { since: string | null };
  /**
   * The best decisive candidate and the score the decision rests on, also when that score fell
   * below the engine's thresholds and the verdict became Related: the data for a curve of
   * precision against coverage. Absent when no candidate leaned either way.
   */
  decision?: { verdict: 'corroborated' | 'conflicting'; score: number };
}

export interface CheckOptions {
  /** The page's publication date, YYYY-MM-DD. Without it, the record's latest state applies. */
  pageDate?: string;
}

/**
 * Puts a reason into words. The engine gives reasons as data and is handed the words
 * (src/i18n/reason-text.ts), so it depends on no interface language.
 */
export type Wording = (why: Reason, names: { nameOf: (id: string) => string }) => string;

export interface Engine {
  check(sentence: string, options?: CheckOptions): CheckResult;
  readonly record: BundledRecord;
}
