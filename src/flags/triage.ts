import type { CheckResult, Verdict } from '../engine/types';
import type { Complaint, Flag } from './flag';

// Readers' flags sorted for the maintainer: each re-checked with the engine as the record stands,
// grouped by the claim it is about and, within it, by what readers say is wrong, the most flagged
// first, so the claim that draws the most complaints is fixed first.

export interface Rechecked {
  flag: Flag;
  /** The claim the flag is about: the one the engine now decides on, else the one the reader saw. */
  claim: string | null;
  now: Verdict;
  changed: boolean;
}

export interface ClaimGroup {
  claim: string | null;
  flags: number;
  byComplaint: { complaint: Complaint; flags: Rechecked[] }[];
}

export function recheck(flag: Flag, check: (sentence: string, pageDate?: string) => CheckResult): Rechecked {
  const result = check(flag.sentence, flag.pageDate ?? undefined);
  const claim =
    result.evidence.find((e) => e.claimId)?.claimId ?? flag.evidence.find((e) => e.claimId)?.claimId ?? null;
  return { flag, claim, now: result.verdict, changed: result.verdict !== flag.verdict };
}

export function groupFlags(rechecked: Rechecked[]): ClaimGroup[] {
  const byClaim = Map.groupBy(rechecked, (r) => r.claim);
  return [...byClaim.entries()]
    .map(([claim, flags]) => {
      const complaints = [...new Set(flags.flatMap((r) => r.flag.complaints))];
      const byComplaint = complaints
        .map((complaint) => ({
          complaint,
          flags: flags.filter((r) => r.flag.complaints.includes(complaint)),
        }))
        .sort((a, b) => b.flags.length - a.flags.length);
      return { claim, flags: flags.length, byComplaint };
    })
    .sort((a, b) => b.flags - a.flags || String(a.claim).localeCompare(String(b.claim)));
}
