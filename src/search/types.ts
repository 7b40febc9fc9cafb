import type { QuoteSentence } from '../record/sentence';
import type { DatedAt, IsoDate, StatementKind } from '../record/types';

// What the sidebar's search answers. Plain, serialisable data: it crosses the message boundary
// between the background (which holds the record) and the sidebar.

/** A span of a string, [start, end) in UTF-16 code units, e.g. a matched word to mark. */
export interface TextSpan {
  start: number;
  end: number;
}

/** How a statement stands in the record: it backs a claim, contradicts one, bears on a disputed
 * claim, or ended a claim (a position that changed). */
export type RecordStance = 'supports' | 'contradicts' | 'disputed' | 'ended';
export const RECORD_STANCES: readonly RecordStance[] = ['supports', 'contradicts', 'disputed', 'ended'];

export interface SearchFilters {
  /** Entity id of the speaker. */
  speaker: string | null;
  /** The source's outlet, as written in the record. */
  outlet: string | null;
  stance: RecordStance | null;
  /** Inclusive bounds on the date the statement was said. */
  from: IsoDate | null;
  to: IsoDate | null;
}

export const NO_FILTERS: SearchFilters = { speaker: null, outlet: null, stance: null, from: null, to: null };

export interface StatementSummary {
  id: string;
  kind: StatementKind;
  text: string;
  gist: string;
  speakerId: string;
  speaker: string;
  speakerRole: string | null;
  said: DatedAt;
  setting: string | null;
  /** Names of who passed it on, nearest the speaker first. */
  reportedBy: string[];
  sourceId: string;
  outlet: string;
  headline: string | null;
  url: string;
  published: DatedAt;
  stances: RecordStance[];
  /** The rest of the statement's sentence, when the statement is only part of it. */
  sentence?: QuoteSentence;
}

export interface StatementHit {
  statement: StatementSummary;
  /** Matched words in the quote and in the gist. */
  marks: { text: TextSpan[]; gist: TextSpan[] };
}

export interface ClaimSummary {
  id: string;
  text: string;
  /** The claim as the record phrases it in Russian and Armenian, where it does. */
  phrased: Partial<Record<string, string>>;
  holds: { from?: IsoDate; until?: IsoDate };
  disputed: string | null;
  evidence: { statement: StatementSummary; stance: 'supports' | 'contradicts' }[];
  /** Statements that ended the claim. */
  endedBy: StatementSummary[];
}

export interface ClaimHit {
  claim: ClaimSummary;
  marks: TextSpan[];
}

/** A name in the query that the record knows under other spellings, and what it was searched as. */
export interface NameMatch {
  /** As the reader typed it. */
  typed: string;
  /** The entity's name in the record. */
  name: string;
}

export interface SearchAnswer {
  query: string;
  /** 'all': every word matched; 'some': nothing had every word, so these have some of them;
   * 'none': nothing in the record matches; 'empty': no words to search for. */
  match: 'all' | 'some' | 'none' | 'empty';
  names: NameMatch[];
  claims: ClaimHit[];
  statements: StatementHit[];
  /** Matches before the limit cut the list. */
  total: number;
}

export interface TimelineMonth {
  /** "2024-06", or "2024" for statements only dated to the year. */
  key: string;
  statements: StatementSummary[];
}

export interface StatementContext {
  /** The paragraph of the archived source text around the statement, split at the statement. */
  before: string;
  quote: string;
  after: string;
}

export interface StatementDetail {
  statement: StatementSummary;
  context: StatementContext | null;
  claims: {
    id: string;
    text: string;
    stance: 'supports' | 'contradicts';
    disputed: string | null;
    holds: { from?: IsoDate; until?: IsoDate };
    /** This statement is one that ended the claim. */
    ended: boolean;
  }[];
}

export interface Facets {
  /** `person` tells people from the states, bodies and outlets that speak as such. */
  speakers: { id: string; name: string; person: boolean; count: number }[];
  outlets: { name: string; count: number }[];
  dates: { first: IsoDate; last: IsoDate } | null;
}
