import * as engineMentions from '../../engine/mentions';

/** The mention finders, injectable so the page can time them (../common/task-cost.ts). */
export interface MentionFinder {
  mayMention: (text: string) => boolean;
  findMentions: (text: string) => { start: number }[];
}

const ENGINE: MentionFinder = engineMentions;

/** A sentence of a run that mentions the CSTO or Pashinyan: offsets into the run's text, and its words. */
export interface ClaimSentence {
  start: number;
  end: number;
  /** The sentence as the engine gets it: whitespace collapsed, trimmed. */
  text: string;
}

/** Longer "sentences" are not prose (a list flattened into one line, a data dump): never claims. */
export const MAX_SENTENCE_LENGTH = 2_000;
// Mentions are searched in chunks of this many characters, so one 10 MB text node is many short
// tasks rather than one long one; the overlap is longer than any mention, so none is cut in two.
const CHUNK = 200_000;
const OVERLAP = 200;

// ICU's sentence rules break after every "Mr." and "Nov."; these endings do not end a sentence.
const ABBREVIATION =
  /(?:^|[\s(«"“'‘.-])(?:Mr|Mrs|Ms|Messrs|Dr|Prof|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Sen|Rep|Gov|Pres|Amb|Rev|Hon|St|Mt|Jr|Sr|No|Nos|Art|Fig|vs|approx|ca|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|г|гг|им|ул|т\.е|т\.д|т\.п|\p{Lu})\.$/u;
// Line breaks in the markup are not sentence ends in the rendered page, but ICU takes them as such.
const HARD_BREAKS = /[\n\r\t\f\v\u0085\u2028\u2029]/g;

let segmenter: Intl.Segmenter | undefined;
const sentenceSegmenter = () => {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'sentence' });
  return segmenter;
};

/**
 * Finds where mentions start in `text`, yielding after each chunk so the caller can pause.
 * The result is complete once the generator returns it.
 */
export function* mentionStarts(
  text: string,
  { mayMention, findMentions }: MentionFinder = ENGINE,
): Generator<null, number[], undefined> {
  const starts: number[] = [];
  for (let at = 0; at < text.length; at += CHUNK) {
    const from = Math.max(0, at - OVERLAP);
    const chunk = text.length <= CHUNK ? text : text.slice(from, at + CHUNK);
    if (mayMention(chunk)) {
      for (const m of findMentions(chunk)) {
        const start = from + m.start;
        // Mentions in the overlap were already found in the previous chunk.
        if (start >= at || at === 0) starts.push(start);
      }
    }
    if (at + CHUNK < text.length) yield null;
  }
  return starts;
}

/**
 * The sentence around `position`, found by segmenting a window of text around it rather than the
 * whole run: ICU walks from the start of the text it is given, which on a 10 MB text node takes
 * hundreds of milliseconds. A sentence that reaches the window's edge is longer than any sentence
 * we accept, so nothing is lost.
 */
export function sentenceAround(text: string, position: number): { start: number; end: number } | null {
  const lo = Math.max(0, position - MAX_SENTENCE_LENGTH);
  const hi = Math.min(text.length, position + MAX_SENTENCE_LENGTH);
  const window = text.slice(lo, hi).replace(HARD_BREAKS, ' ');
  let start = 0;
  for (const { segment, index } of sentenceSegmenter().segment(window)) {
    const end = index + segment.length;
    // Keep going while the sentence so far ends in an abbreviation ("Mr.", "Nov.", "U.S.").
    if (end < window.length && ABBREVIATION.test(window.slice(Math.max(start, end - 12), end).trimEnd()))
      continue;
    if (position - lo < end) {
      if ((start === 0 && lo > 0) || (end === window.length && hi < text.length)) return null;
      return trim(window, lo, start, end);
    }
    start = end;
  }
  return null;
}

function trim(window: string, lo: number, start: number, end: number): { start: number; end: number } | null {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(window[s] as string)) s++;
  while (e > s && /\s/.test(window[e - 1] as string)) e--;
  return e > s ? { start: lo + s, end: lo + e } : null;
}

/**
 * The sentences of a run that mention the CSTO or Pashinyan, in order, each once. Yields `null`
 * between units of work; the list is the generator's return value.
 */
export function* claimSentences(
  text: string,
  mentions: MentionFinder = ENGINE,
): Generator<null, ClaimSentence[], undefined> {
  const found: ClaimSentence[] = [];
  if (text.length <= CHUNK && !mentions.mayMention(text)) return found;
  const starts = yield* mentionStarts(text, mentions);
  for (const position of starts) {
    const last = found[found.length - 1];
    if (last && position < last.end) continue;
    const span = sentenceAround(text, position);
    if (!span || span.end - span.start > MAX_SENTENCE_LENGTH) continue;
    found.push({ ...span, text: text.slice(span.start, span.end).replace(/\s+/g, ' ') });
    if (found.length % 16 === 0) yield null;
  }
  return found;
}
