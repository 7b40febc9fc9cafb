import type MiniSearch from 'minisearch';
import type { SearchDocument } from '../search/options';

// Retrieval through the prebuilt MiniSearch index, one term at a time: each term's postings (the
// documents it occurs in, with their BM25 scores) are looked up once and kept, so the documents'
// frequencies weigh terms (rare terms weigh more) and a sentence's candidates are the sum of its
// rarest terms' postings. A page repeats its vocabulary, so most lookups after the first sentence
// are a map access.

export interface Posting {
  id: string;
  kind: SearchDocument['kind'];
  ref: string;
  score: number;
}

const MAX_WEIGHT = 5;
/** Enough for a long browsing session's vocabulary; past it the cache starts over. */
const MAX_TERMS = 50_000;

export class Retriever {
  private postings = new Map<string, Posting[]>();
  private readonly total: number;

  constructor(private readonly index: MiniSearch<SearchDocument>) {
    this.total = index.documentCount;
  }

  postingsOf(term: string): Posting[] {
    let list = this.postings.get(term);
    if (!list) {
      if (this.postings.size > MAX_TERMS) this.postings.clear();
      list = this.index
        .search(term, { tokenize: () => [term], processTerm: (t) => t, prefix: false, fuzzy: false })
        .map((r) => ({
          id: r.id as string,
          kind: r.kind as Posting['kind'],
          ref: r.ref as string,
          score: r.score,
        }));
      this.postings.set(term, list);
    }
    return list;
  }

  /** Inverse document frequency, capped: a term in every document weighs little, a rare one much. */
  readonly weight = (term: string): number =>
    Math.min(MAX_WEIGHT, Math.log(1 + this.total / (1 + this.postingsOf(term).length)));

  /** Documents matching any of the terms, best first (scores summed over terms, as an OR query). */
  search(terms: string[], limit: number): Posting[] {
    const scores = new Map<string, { posting: Posting; score: number }>();
    for (const term of terms) {
      for (const posting of this.postingsOf(term)) {
        const hit = scores.get(posting.id);
        if (hit) hit.score += posting.score;
        else scores.set(posting.id, { posting, score: posting.score });
      }
    }
    return [...scores.values()]
      .sort((a, b) => b.score - a.score)
      .slice(0, limit)
      .map((h) => h.posting);
  }
}
