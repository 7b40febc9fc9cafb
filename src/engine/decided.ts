import type { ClaimResult } from './stance';
import type { TimeCheck } from './time';
import type { EvidenceStance, Reason, Verdict } from './types';

// What decide.ts weighs: each candidate claim's stance after the page's date, and the verdict.

export interface Decision {
  verdict: Verdict;
  deciding: Decided[];
  primary?: Decided;
}

export interface Decided {
  result: ClaimResult;
  time: TimeCheck;
  /** The stance after time: what the claim says about the sentence on the page's date. */
  stance: EvidenceStance | 'disputed';
  why: Reason;
}
