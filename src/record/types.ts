// The record's model. The JSON files in data/ are validated against these shapes at build time
// (src/record/validate.ts), so the rest of the code can trust them.

/** A calendar date, "YYYY-MM-DD"; with precision "month" the day is 01, with "year" month and day are 01. */
export type IsoDate = string;
export type DatePrecision = 'day' | 'month' | 'year';

export interface DatedAt {
  date: IsoDate;
  precision: DatePrecision;
}

export type Language = 'en' | 'ru' | 'hy';

export type EntityKind = 'person' | 'organisation' | 'place' | 'event';

export interface Entity {
  id: string;
  kind: EntityKind;
  /** The name shown to readers. */
  name: string;
  /** What the entity is at the time of the record, e.g. "Prime Minister of Armenia". */
  role?: string;
  /** Every way the texts or readers write it, per language, inflected forms included. */
  aliases: Record<Language, string[]>;
  /**
   * Generic titles and common surnames ("prime minister", "վարչապետ", "Grigoryan") that name this
   * entity only in a sentence that also names one of `near` (entity ids; the entity itself counts):
   * "Azerbaijan's prime minister" is not Pashinyan.
   */
  contextual?: { near: string[]; aliases: Record<Language, string[]> };
  /** Longer names an alias stands inside that name something else ("the West Bank" for "the West"). */
  notWithin?: string[];
  /** For a place: the place it lies in (a city in its country), so "in Minsk" is "in Belarus" and never the reverse. */
  within?: string;
}

/** Verbatim text of a source that is deliberately not a statement (page furniture, headlines repeated), and why. */
export interface Exclusion {
  text: string;
  reason: string;
}

export interface Source {
  id: string;
  /** File name of the archived text, in data/sources/. */
  textFile: string;
  outlet: string;
  headline: string | null;
  url: string;
  published: DatedAt;
  author: string | null;
  /** The outlet this one reports from, when it says so (e.g. RFE/RL's Armenian Service). */
  via: string | null;
  language: Language;
  excluded: Exclusion[];
  /**
   * Entity id of the outlet whose reporting this source carries throughout (Massis Post reporting
   * RFE/RL's Armenian Service): it is the last link of every reporting chain but the source's own.
   */
  reportsFrom?: string;
}

export type StatementKind = 'quote' | 'report';

export interface Statement {
  id: string;
  source: string;
  kind: StatementKind;
  /** Exactly as it stands in the source's archived text. */
  text: string;
  /** Entity id of who said or asserted it; for an outlet's own reporting, the outlet's entity. */
  speaker: string;
  /** When it was said, which often differs from the publication date. */
  said: DatedAt;
  /** Where or how: "phone call", "parliament", "briefing", "press conference" ... */
  setting: string | null;
  /** Who passed it on, nearest the speaker first: e.g. ["belta"] for Eismont quoted by BelTA. */
  reportedBy: string[];
  /** Plain-English paraphrase, so quotes with pronouns and brackets are still found by search. */
  gist: string;
  /**
   * For an outlet's own statement about an earlier event ("In September 2022, Armenia called on
   * the CSTO..."): when that event happened, as precise as the text says. `said` stays the day the
   * outlet said it, its publication date.
   */
  about?: DatedAt;
  /** Why the statement supports or contradicts no claim (context, a question, a rhetorical aside). */
  background?: string;
}

export type Stance = 'supports' | 'contradicts';

export interface ClaimEvidence {
  statement: string;
  stance: Stance;
}

export interface Claim {
  id: string;
  /** The canonical, checkable assertion. */
  text: string;
  /** Other ways a sentence asserting the claim is written (for retrieval and stance). */
  supportingPhrasings: string[];
  /** Ways a sentence asserting the opposite is written. */
  contradictingPhrasings: string[];
  evidence: ClaimEvidence[];
  /** When the claim held; open ends mean "from the record's start" / "still holds". */
  holds: { from?: IsoDate; until?: IsoDate };
  /** Statements that ended the claim (it stopped holding on `holds.until`). */
  endedBy?: string[];
  /** The sources themselves disagree; the record says so rather than pick a side. */
  disputed?: string;
  /**
   * The claim still held but the record shows it giving way from `since` until `holds.until`
   * (a readiness to leave before "we will leave"): statements `by` point away from it, and `why`
   * says what they change. A page dated in that span is told the claim was changing.
   */
  changing?: { since: IsoDate; by: string[]; why: string };
  /** Why the claim says what it does where the record could be read otherwise (why it is not disputed, say). */
  note?: string;
}

export interface Corpus {
  entities: Entity[];
  sources: Source[];
  statements: Statement[];
  claims: Claim[];
}

/** What the extension bundles: the validated corpus plus each source's archived text, by source id. */
export interface BundledRecord extends Corpus {
  texts: { [sourceId: string]: string };
  /**
   * Where the whole sentence of a statement stands in its source's text, [start, end), for each
   * statement that is only part of its sentence (src/record/sentence.ts). Absent in a record built
   * before it, which then shows statements alone.
   */
  sentences?: { [statementId: string]: [start: number, end: number] };
}
