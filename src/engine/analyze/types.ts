import type { ConceptKind } from '../lexicon/concepts';
import type { CueKind } from '../lexicon/cues';
import type { ActorKind } from '../lexicon/gazetteer';
import type { Token } from '../text/tokenize';
import type { DateSlot } from './dates';
import type { NumberSlot } from './numbers';

// What the analyzer reads in a sentence or a record phrasing, and what the stance rules compare.

export type Modality = 'realized' | 'future' | 'possible' | 'deontic';

export type Unit =
  | { type: 'concept'; id: string; kind: ConceptKind; neg: boolean }
  | { type: 'cue'; cue: CueKind }
  | { type: 'entity'; id: string; kind: ActorKind; adjective: boolean };

/** Someone who acts or speaks; id null is a person the record cannot identify ("the speaker of parliament"). */
export interface Actor {
  id: string | null;
  at: number;
}

export interface Pred {
  concept: string;
  kind: ConceptKind;
  polarity: 1 | -1;
  modality: Modality;
  qualifier: 'facto' | 'jure' | null;
  /** Written as done ("has left", "froze", "вышла"), not just named ("the break with", "exit"). */
  past: boolean;
  agent: Actor | null;
  /** Who or what it is done to, when the record knows it ("helped Azerbaijan", "Armenia's aid"). */
  patient: string | null;
  /** Inferred rather than written (a date given for a change implies a date was set). */
  synthetic?: boolean;
  at: number;
  last: number;
  start: number;
  end: number;
}

export interface EntityMention {
  id: string;
  kind: ActorKind;
  adjective: boolean;
  at: number;
  start: number;
  end: number;
}

export interface Analysis {
  tokens: Token[];
  /** Canonical terms: "e:pashinyan", "c:attend", English stems, numbers. */
  terms: string[];
  /** The term each token stands for (null for stop words), to highlight what matched. */
  tokenTerms: (string | null)[];
  preds: Pred[];
  entities: EntityMention[];
  speaker: Actor | null;
  dates: DateSlot[];
  /** Where the event happened ("summit in Minsk"), entity ids. */
  places: string[];
  /** Where the event happened, by a name the record does not know ("summit in Almaty"), as written. */
  unnamedPlaces: string[];
  numbers: NumberSlot[];
  /** An enumeration of three or more countries, sorted ids. */
  members: string[];
  /** Negations that reach no predicate the lexicon knows ("ruled out any change"). */
  looseNegations: number;
}

export interface EntityInfo {
  kind: ActorKind;
  /** Everyone this one speaks for, transitively. */
  ancestors: Set<string>;
  within: string | null;
  /** The government or state whose acts this leader's are (gazetteer "leads"). */
  leads: Set<string>;
}
