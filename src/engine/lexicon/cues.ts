import cues from '../../../data/lexicon/cues.json';
import functionWords from '../../../data/lexicon/function-words.json';
import words from '../../../data/lexicon/words.json';
import { foldYo } from '../text/tokenize';
import { type FormsByLanguage, flattenForms } from './concepts';
// Words that change how a predicate is asserted rather than what it is: negation (NegEx style,
// with a short forward scope), modality (will / could / should), the de facto - de jure pair,
// and words that end a clause. Same pattern syntax as concepts.ts.

export type CueKind =
  /** Flips the polarity of predicates in its scope. */
  | 'neg'
  /** Future or intention: will, plans to, going to. */
  | 'future'
  /** Possibility or condition: could, may, if, threatened to, ready to. */
  | 'possible'
  /** What should be done: should, must, ought to. */
  | 'deontic'
  /** Deontic and negative at once: "it would have been improper to intervene". */
  | 'deonticNeg'
  /** de facto, effectively, in practice. */
  | 'facto'
  /** de jure, formally, officially. */
  | 'jure'
  /** Phrases that look like cues but are not ("not only"). */
  | 'neutral'
  /** Words that start a new clause: negation and modality do not cross them. */
  | 'bound'
  /** "as of", "so far", "still": the sentence speaks of its own time. */
  | 'asOf'
  /** "in order to", "чтобы": what follows is an aim, not a fact made. */
  | 'purpose';

/** data/lexicon/cues.json, checked at build by src/engine/lexicon/check.ts. */
export const CUES = Object.fromEntries(
  Object.entries(cues as Record<CueKind, FormsByLanguage>).map(([kind, forms]) => [
    kind,
    flattenForms(forms),
  ]),
) as Record<CueKind, string[]>;

// Closed word classes, per language (data/lexicon/words.json); tokens are compared lowercased.
const wordSet = (forms: FormsByLanguage, ...more: string[][]) =>
  new Set([...flattenForms(forms), ...more.flat()].map(foldYo));

/** Words skipped when looking left from a predicate for its subject ("Armenia has not yet left"). */
export const AUXILIARIES = wordSet(words.auxiliaries);

export const PREPOSITIONS = wordSet(words.prepositions);

export const PRONOUNS = wordSet(words.pronouns);

/** People named by their job, not by name: an actor the record cannot identify. */
export const ROLE_NOUNS = wordSet(words.roleNouns);

/** English past forms that do not end in -ed (left, froze, met): a predicate written as done. */
export const PAST_FORMS = wordSet(words.pastForms);

/** An auxiliary before a predicate that makes it a perfect or a passive (has left, was frozen). */
export const PERFECT_OR_PASSIVE = wordSet(words.perfectOrPassive);

export const STOP_WORDS = wordSet(
  words.stopWords,
  functionWords.weekdays,
  functionWords.ru,
  functionWords.hy,
);
