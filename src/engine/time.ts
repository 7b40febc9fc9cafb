import type { Claim } from '../record/types';
import type { ClaimStance } from './stance';

// A claim holds between holds.from and holds.until. The page's date (or an "as of" date in the
// sentence itself) picks the state that applies: "no plans to leave" corroborates on a page of
// November 2023 and conflicts on a page of July 2024. Near the change the record is in flux, and
// a sentence asserting the old state a few days later is "disputed", not wrong.

export type TimedStance = ClaimStance | 'disputed';

export interface TimeCheck {
  stance: TimedStance;
  /** Set when time changed the stance. */
  why?: 'ended' | 'changing' | 'not-yet';
}

const DAY = 86_400_000;
const CHANGING_DAYS = 7;
const EARLY_DAYS = 1;

const days = (a: string, b: string) => (Date.parse(a) - Date.parse(b)) / DAY;

export function applyTime(stance: ClaimStance, claim: Claim, effective: string | null): TimeCheck {
  if (!effective || stance === 'related') return { stance };
  const { from, until } = claim.holds;
  if (from && days(from, effective) > EARLY_DAYS) return { stance: 'related', why: 'not-yet' };
  // On the day it changed, the new state applies: "we will leave" said on 12 June ends "no plans".
  if (until && stance === 'conflicts' && days(effective, until) >= 0)
    return { stance: 'related', why: 'ended' };
  if (until && days(effective, until) > 0) {
    if (days(effective, until) <= CHANGING_DAYS) return { stance: 'disputed', why: 'changing' };
    return { stance: 'conflicts', why: 'ended' };
  }
  return { stance };
}
