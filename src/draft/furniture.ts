import type { Exclusion } from '../record/types';
import { FURNITURE } from './data';
import type { Span } from './segments';

// Lines that look like the page around an article rather than the article (sharing buttons, links
// to other stories, comment prompts, bylines), proposed for the source's `excluded` with a reason.

const PATTERNS = FURNITURE.patterns.map(({ pattern, reason }) => ({
  test: new RegExp(pattern, 'iu'),
  reason,
}));
// A line of a few words with no sentence end is a heading, a caption or a button.
const ENDS_LIKE_A_SENTENCE = /[.!?։…:”"»)]$/u;

export function furnitureReason(line: Span, namesSomeone: boolean): string | null {
  const hit = PATTERNS.find(({ test }) => test.test(line.text));
  if (hit) return hit.reason;
  const words = line.text.split(/\s+/).length;
  if (words < FURNITURE.shortLine && !ENDS_LIKE_A_SENTENCE.test(line.text) && !namesSomeone)
    return FURNITURE.shortReason;
  return null;
}

export const exclusionOf = (line: Span, reason: string): Exclusion => ({ text: line.text, reason });
