import { entityMentions, type Mention } from '../record/aliases';
import type { Entity } from '../record/types';
import { ATTRIBUTION, allForms } from './data';
import { foldApostrophes, formsPattern } from './forms';

// Who a sentence says said it: the person or organisation the record knows that stands as the
// subject of a word of saying: named before it ("Pashinian said", "The Kremlin said"), or just after
// it ("said Peskov", "according to the press office", "заявил Пашинян"). A name in the possessive
// ("Pashinian's decision") owns something and says nothing. A pronoun before the cue ("he said")
// points back to the last speaker named. Each guess says how sure it is and why.

export type Confidence = 'high' | 'medium' | 'low';

export interface SpeakerGuess {
  speaker: string | null;
  reportedBy: string[];
  confidence: Confidence;
  /** The words the guess rests on. */
  why: string;
}

// Cues are lowercase words: "States" in "CSTO member States" is no "states". A sentence's first
// word is compared lowercased ("According to").
const CUE = formsPattern(allForms(ATTRIBUTION.cues), 'gu');
const PRONOUN = formsPattern(allForms(ATTRIBUTION.pronouns), 'giu');
const SPEAKING_KINDS = new Set(['person', 'organisation']);
const RELAY = formsPattern(allForms(ATTRIBUTION.relays), 'iu');
const isRelay = (cue: string) => new RegExp(`^(?:${RELAY.source})$`, 'iu').test(cue);
const AFTER_CUE_WORDS = 3;
const NEAR_WORDS = 6;

const wordsIn = (text: string) => text.split(/\s+/).filter(Boolean).length;
const lowerFirst = (text: string) => text.replace(/^\s*\p{Lu}/u, (c) => c.toLowerCase());

function subjectOf(
  text: string,
  mentions: Mention[],
  cue: RegExpExecArray,
): { mention: Mention; words: number } | null {
  const cueEnd = cue.index + cue[0].length;
  const follows = isRelay(cue[0]);
  const after = mentions
    .filter((m) => m.start >= cueEnd)
    .map((mention) => ({ mention, words: wordsIn(text.slice(cueEnd, mention.start)) }))
    .filter(({ words }) => words <= (follows ? NEAR_WORDS : AFTER_CUE_WORDS));
  const before = mentions
    .filter((m) => m.end <= cue.index && !/^'s?\b/.test(text.slice(m.end)))
    .map((mention) => ({ mention, words: wordsIn(text.slice(mention.end, cue.index)) }))
    .sort((a, b) => a.words - b.words);
  if (follows) return after[0] ?? null;
  // English puts the speaker first; "said Peskov" only when the name comes right after.
  return before[0] ?? after[0] ?? null;
}

function subjectBefore(
  text: string,
  mentions: Mention[],
  cue: RegExpExecArray,
  not?: Mention | null,
): Mention | null {
  return (
    mentions
      .filter((m) => m.end <= cue.index && m.entity !== not?.entity && !/^'s?\b/.test(text.slice(m.end)))
      .sort((a, b) => b.end - a.end)[0] ?? null
  );
}

function pronounBefore(text: string, cue: RegExpExecArray): RegExpExecArray | undefined {
  return ([...text.matchAll(PRONOUN)] as RegExpExecArray[]).find(
    (m) => m.index < cue.index && wordsIn(text.slice(m.index + m[0].length, cue.index)) <= 2,
  );
}

function guess(mention: Mention, words: number, cue: RegExpExecArray, relay: Mention | null): SpeakerGuess {
  return {
    speaker: mention.entity,
    reportedBy: relay && relay.entity !== mention.entity ? [relay.entity] : [],
    confidence: words <= NEAR_WORDS ? 'high' : 'medium',
    why: `“${mention.alias}” by “${cue[0]}”${relay ? `, through “${relay.alias}”` : ''}`,
  };
}

/** `text` is the sentence with its quotations blanked, so names inside a quote never speak. */
export function guessSpeaker(
  text: string,
  entities: Entity[],
  lastSpeaker: string | null,
): SpeakerGuess | null {
  const folded = lowerFirst(foldApostrophes(text));
  const cues = [...folded.matchAll(CUE)] as RegExpExecArray[];
  if (cues.length === 0) return null;
  const kindOf = new Map(entities.map((e) => [e.id, e.kind]));
  const mentions = entityMentions(folded, entities).filter((m) =>
    SPEAKING_KINDS.has(kindOf.get(m.entity) ?? ''),
  );
  const relayOf = (cue: RegExpExecArray) => {
    if (!isRelay(cue[0])) return null;
    // "Belta quoted Eismont": the one before; "according to the press office": the one after.
    const before = /^according|^по |^как |^ըստ/iu.test(cue[0]) ? null : subjectBefore(folded, mentions, cue);
    return before ?? subjectOf(folded, mentions, cue)?.mention ?? null;
  };
  let relay: Mention | null = null;
  for (const cue of cues) {
    const relayHere = relayOf(cue);
    if (relayHere) {
      relay ??= relayHere;
      const quoted = /^according|^по |^как |^ըստ/iu.test(cue[0]) ? null : subjectOf(folded, mentions, cue);
      if (quoted && quoted.mention.entity !== relay.entity)
        return guess(quoted.mention, quoted.words, cue, relay);
      continue;
    }
    const pronoun = pronounBefore(folded, cue);
    const subject = subjectBefore(folded, mentions, cue, relay);
    if (subject && kindOf.get(subject.entity) === 'organisation' && !relay) {
      // "Belta reported that Eismont conveyed": a person speaking later in the sentence is the
      // speaker and the organisation passed it on; otherwise the organisation speaks.
      const later = cues
        .filter((c) => c.index > cue.index)
        .map((c) => ({ c, m: subjectBefore(folded, mentions, c, subject) }))
        .find(({ m }) => m && m.start > cue.index && kindOf.get(m.entity) === 'person');
      if (later?.m)
        return guess(later.m, wordsIn(folded.slice(later.m.end, later.c.index)), later.c, subject);
    }
    if (subject) return guess(subject, wordsIn(folded.slice(subject.end, cue.index)), cue, relay);
    if (pronoun && lastSpeaker) break;
    const after = subjectOf(folded, mentions, cue);
    if (after && after.mention.entity !== relay?.entity) return guess(after.mention, after.words, cue, relay);
  }
  if (relay && !pronounBefore(folded, cues.at(-1) as RegExpExecArray))
    return {
      speaker: relay.entity,
      reportedBy: [],
      confidence: 'medium',
      why: `“${relay.alias}” by a word of saying`,
    };
  const cue = cues[0] as RegExpExecArray;
  const pronoun = pronounBefore(folded, cue);
  if (pronoun && lastSpeaker) {
    return {
      speaker: lastSpeaker,
      reportedBy: [],
      confidence: 'medium',
      why: `“${pronoun[0]}” by “${cue[0]}”, after the last speaker named`,
    };
  }
  return {
    speaker: lastSpeaker,
    reportedBy: [],
    confidence: 'low',
    why: `“${cue[0]}” with no speaker the record knows`,
  };
}
