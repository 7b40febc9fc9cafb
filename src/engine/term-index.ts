// The engine's view of the index serialized at build time (MiniSearch's toJSON), read without
// MiniSearch.loadJSON: that turns every posting of every term into Maps before the first check,
// which for a record of 100,000 statements took over a second. Here loading is the JSON parse and
// a map of terms; a term's postings are read from the parsed object when a check asks for them.

export interface SearchDocument {
  /** Unique per document, e.g. "statement:azatutyun-2023-11-14/03" or "claim:id:support:2". */
  id: string;
  kind: 'statement' | 'claim' | 'support' | 'contradict';
  /** The statement or claim id the document stands for. */
  ref: string;
  text: string;
}

/** Short document id → occurrences of the term in the one field the engine's index has. */
export type Postings = Record<string, number>;

interface SerializedIndex {
  documentCount: number;
  documentIds: Record<string, string>;
  fieldLength: Record<string, number[]>;
  averageFieldLength: number[];
  storedFields: Record<string, Pick<SearchDocument, 'kind' | 'ref'>>;
  fieldIds: Record<string, number>;
  index: [string, Record<string, Postings>][];
  serializationVersion: number;
  /** Written by serializeIndex (src/record-index/index.ts); counted from the postings when absent. */
  documentFrequencies?: Record<string, number>;
}

export class TermIndex {
  readonly documentCount: number;
  readonly averageFieldLength: number;
  private readonly field: number;
  private readonly terms = new Map<string, Postings>();

  private constructor(private readonly data: SerializedIndex) {
    if (data.serializationVersion !== 2)
      throw new Error('the index was serialized by another MiniSearch version');
    // One field (src/record-index/options.ts), so a term's postings are that field's.
    const fields = Object.values(data.fieldIds);
    if (fields.length !== 1) throw new Error('the engine reads an index of one field');
    this.field = fields[0] as number;
    this.documentCount = data.documentCount;
    this.averageFieldLength = data.averageFieldLength[this.field] ?? 1;
    for (const [term, byField] of data.index) {
      const postings = byField[this.field];
      if (postings) this.terms.set(term, postings);
    }
  }

  static parse(json: string): TermIndex {
    return new TermIndex(JSON.parse(json) as SerializedIndex);
  }

  /** How many documents hold the term: as the build counted it, or counted from its postings. */
  documentFrequency(term: string): number {
    const counts = this.data.documentFrequencies;
    if (counts) return Object.hasOwn(counts, term) ? (counts[term] as number) : 0;
    let count = 0;
    for (const _ in this.terms.get(term)) count++;
    return count;
  }

  /** In MiniSearch's own order (short ids ascending). */
  postings(term: string): Postings | undefined {
    return this.terms.get(term);
  }

  documentId(shortId: string): string | undefined {
    return this.data.documentIds[shortId];
  }

  fieldLength(shortId: string): number {
    return this.data.fieldLength[shortId]?.[this.field] ?? 0;
  }

  stored(shortId: string): Pick<SearchDocument, 'kind' | 'ref'> | undefined {
    return this.data.storedFields[shortId];
  }
}
