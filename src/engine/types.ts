import type { BundledRecord, DatePrecision } from '../record/types';

export type Verdict = 'corroborated' | 'conflicting' | 'disputed' | 'related' | 'none';

export type EvidenceStance = 'corroborates' | 'conflicts' | 'related';

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
  quote: string;
  kind: 'quote' | 'report';
  stance: EvidenceStance;
  /** One line a reader understands: "The source says he did not attend; this sentence says he did." */
  reason: string;
  /** Offsets in `quote` of the words that matter. */
  highlights?: Highlight[];
}

export interface CheckResult {
  mentions: boolean;
  verdict: Verdict;
  reason: string;
  /** Best first: the evidence that decided the verdict comes before the merely related. */
  evidence: Evidence[];
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

export interface Engine {
  check(sentence: string, options?: CheckOptions): CheckResult;
  readonly record: BundledRecord;
}
