import type { Claim } from '../record/types';
import type { ClaimStance } from './stance';

// A claim holds between holds.from and holds.until. The page's date (or an "as of" date in the
// sentence itself) picks the state that applies: "no plans to leave" corroborates on a page of
// November 2023 and conflicts on a page of July 2024. Where the record shows the claim giving way
// (`changing`, from 28 February 2024 for "no plans"), and a few days after it changed, the record
// is in flux: a sentence on either side of it then is "disputed", neither right nor wrong.

export type TimedStance = ClaimStance | 'disputed';

export interface TimeCheck {
  stance: TimedStance;
  /**
   * Set when time changed the stance: 'changing' while the record shows the claim in flux,
   * 'shows-change' for a claim whose statements are what made another one change.
   */
  why?: 'ended' | 'changing' | 'shows-change' | 'not-yet';
  /** The claim the record shows giving way at the page's date (this one, or one it bears on). */
  flux?: Claim;
  /** The statements that show the change, to be shown first. */
  shownBy?: string[];
}

const DAY = 86_400_000;
const CHANGING_DAYS = 7;
const EARLY_DAYS = 1;

const days = (a: string, b: string) => (Date.parse(a) - Date.parse(b)) / DAY;

/** The page's date lies where the record shows the claim giving way: from `since`, before `until`. */
function inChange(claim: Claim, effective: string): boolean {
  const since = claim.changing?.since;
  const until = claim.holds.until;
  return since !== undefined && days(effective, since) >= 0 && (!until || days(effective, until) < 0);
}

/**
 * `changes` are the claims this one's statements show giving way ("ready to pull out" for "no
 * plans to leave"): denying this one while they change only restates the state that was going.
 */
export function applyTime(
  stance: ClaimStance,
  claim: Claim,
  effective: string | null,
  changes: Claim[] = [],
  asOfKnown?: string | null,
): TimeCheck {
  if (!effective || stance === 'related') return { stance };
  const { from, until } = claim.holds;
  if (from && days(from, effective) > EARLY_DAYS) return { stance: 'related', why: 'not-yet' };
  // "As of February 2023 Armenia had not appointed a replacement": a state dated before anything
  // the record says of it is one the record cannot speak to, whichever way it goes.
  if (!from && asOfKnown && days(asOfKnown, effective) > EARLY_DAYS)
    return { stance: 'related', why: 'not-yet' };
  // On the day it changed, the new state applies: "we will leave" said on 12 June ends "no plans".
  if (until && stance === 'conflicts' && days(effective, until) >= 0)
    return { stance: 'related', why: 'ended' };
  if (until && days(effective, until) > 0) {
    if (days(effective, until) <= CHANGING_DAYS) return { stance: 'disputed', why: 'changing' };
    return { stance: 'conflicts', why: 'ended' };
  }
  if (inChange(claim, effective)) {
    const shownBy = claim.changing?.by ?? [];
    return { stance: 'disputed', why: 'changing', flux: claim, shownBy };
  }
  const changing = stance === 'conflicts' ? changes.find((c) => inChange(c, effective)) : undefined;
  if (changing) return { stance: 'disputed', why: 'shows-change', flux: changing };
  return { stance };
}
