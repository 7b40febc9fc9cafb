import type { SearchDocument } from './options';

// The engine's view of the index serialized at build time (MiniSearch's toJSON), read without
// MiniSearch.loadJSON: that turns every posting of every term into Maps before the first check,
// which for a record of 100,000 statements took over a second. Here loading is the JSON parse and
// a map of terms; a term's postings are read from the parsed object when a check asks for them.

type Postings = Record<string, Record<string, number>>;

interface SerializedIndex {
  documentCount: number;
  documentIds: Record<string, string>;
  fieldLength: Record<string, number[]>;
  averageFieldLength: number[];
  storedFields: Record<string, Pick<SearchDocument, 'kind' | 'ref'>>;
  index: [string, Postings][];
  serializationVersion: number;
}

export class TermIndex {
  readonly documentCount: number;
  private readonly terms: Map<string, Postings>;

  private constructor(private readonly data: SerializedIndex) {
    if (data.serializationVersion !== 2)
      throw new Error('the index was serialized by another MiniSearch version');
    this.documentCount = data.documentCount;
    this.terms = new Map(data.index);
  }

  static parse(json: string): TermIndex {
    return new TermIndex(JSON.parse(json) as SerializedIndex);
  }

  /** field id → (short document id → occurrences), in MiniSearch's own order. */
  postings(term: string): Postings | undefined {
    return this.terms.get(term);
  }

  documentId(shortId: string): string | undefined {
    return this.data.documentIds[shortId];
  }

  fieldLength(shortId: string, fieldId: string): number {
    return this.data.fieldLength[shortId]?.[Number(fieldId)] ?? 0;
  }

  averageFieldLength(fieldId: string): number {
    return this.data.averageFieldLength[Number(fieldId)] ?? 1;
  }

  stored(shortId: string): Pick<SearchDocument, 'kind' | 'ref'> | undefined {
    return this.data.storedFields[shortId];
  }
}
