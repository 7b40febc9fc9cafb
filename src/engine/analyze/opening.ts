import frames from '../../../data/lexicon/frames.json';
import { PREPOSITIONS } from '../lexicon/cues';
import type { Analysis } from './types';

// An opening clause that names no one and asserts, dates, counts and denies nothing ("In a
// development watched closely across the region,", "Как стало известно,", "Ինչպես հայտնի է
// դարձել,") only sets a scene: its unknown words would lower how much of the sentence the
// record explains, so it is blanked like a frame. It must open with a preposition or "as", so a
// subject standing before a comma ("The premier, who ...") is never taken for a scene.

const OPENERS = new Set([...frames.asLeads.map((w) => w.toLowerCase())]);
const COMMA = /[,،]/;

/** The sentence with an empty opening clause blanked (offsets kept), or the sentence itself. */
export function blankEmptyOpening(sentence: string, analyze: (text: string) => Analysis): string {
  const comma = COMMA.exec(sentence);
  if (!comma) return sentence;
  const head = sentence.slice(0, comma.index);
  const rest = sentence.slice(comma.index + 1);
  if (rest.trim().length === 0) return sentence;
  // Most sentences open otherwise: a word test before the analysis keeps check() fast.
  const word = /^\s*([\p{L}]+)/u.exec(head)?.[1]?.toLowerCase();
  if (!word || !(PREPOSITIONS.has(word) || OPENERS.has(word))) return sentence;
  const a = analyze(head);
  const first = a.tokens[0]?.norm;
  if (!first || !(PREPOSITIONS.has(first) || OPENERS.has(first))) return sentence;
  const empty =
    a.entities.length === 0 &&
    a.preds.length === 0 &&
    a.dates.length === 0 &&
    a.numbers.length === 0 &&
    a.looseNegations === 0 &&
    !/\d/.test(head);
  return empty ? ' '.repeat(comma.index + 1) + rest : sentence;
}
