import type { SearchDocument, TermIndex } from './term-index';
import { bestPositions } from './top-k';

// Retrieval through the prebuilt MiniSearch index, one term at a time: each term's postings (the
// documents it occurs in, with their BM25 scores) are looked up once and kept, so the documents'
// frequencies weigh terms (rare terms weigh more) and a sentence's candidates are the sum of its
// rarest terms' postings. A page repeats its vocabulary, so most lookups after the first sentence
// are a map access.
//
// Postings are scored here rather than by MiniSearch's `search`, which builds a result object
// (matched terms, stored fields) for every document it scores: in a record of 100,000 statements
// that was most of a check. The scores are MiniSearch's exact-term BM25+, in its order
// (tests/unit/engine/retrieval.test.ts compares every term with `search`).

export interface Posting {
  id: string;
  kind: SearchDocument['kind'];
  ref: string;
  score: number;
}

/** MiniSearch's default BM25+ parameters. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const MAX_WEIGHT = 5;
/**
 * A term's best-scoring documents that a search adds up. The bundled record has no term in more
 * than a few hundred, so this never cuts there; in a record of 100,000 statements a query's terms
 * reach tens of thousands of documents, and summing them all took most of a check.
 */
const POSTINGS_PER_TERM = 1_000;
/** Enough for a long browsing session's vocabulary; past it the cache starts over. */
const MAX_TERMS = 50_000;

export class Retriever {
  private postings = new Map<string, Posting[]>();
  private frequencies = new Map<string, number>();
  private readonly total: number;

  constructor(private readonly index: TermIndex) {
    this.total = index.documentCount;
  }

  /** How many documents hold the term; counted once per term, like the postings. */
  documentFrequency(term: string): number {
    let count = this.frequencies.get(term);
    if (count === undefined) {
      if (this.frequencies.size > MAX_TERMS) this.frequencies.clear();
      count = this.index.documentFrequency(term);
      this.frequencies.set(term, count);
    }
    return count;
  }

  /** The term's best-scoring documents (at most POSTINGS_PER_TERM), best first. */
  postingsOf(term: string): Posting[] {
    let list = this.postings.get(term);
    if (!list) {
      if (this.postings.size > MAX_TERMS) this.postings.clear();
      list = this.score(term);
      this.postings.set(term, list);
    }
    return list;
  }

  /**
   * Inverse document frequency, capped: a term in every document weighs little, a rare one much.
   * A word the record never uses weighs most: in a comparison it is a detail the record cannot
   * check (so it keeps a sentence from being "the same" as a phrasing). It never enters a query
   * (see `known`), where it would find nothing and push out the concepts and entities that would.
   */
  readonly weight = (term: string): number =>
    Math.min(MAX_WEIGHT, Math.log(1 + this.total / (1 + this.documentFrequency(term))));

  /** Whether any document holds the term: only such terms can find anything. */
  known(term: string): boolean {
    return this.documentFrequency(term) > 0;
  }

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

  /**
   * BM25+ of every document holding the term; the best POSTINGS_PER_TERM are kept, best first, ties
   * in index order (as MiniSearch sorts them). Scores go into plain arrays first, so only the kept
   * documents become objects.
   */
  private score(term: string): Posting[] {
    const { index } = this;
    const docs = index.postings(term);
    if (!docs) return [];
    const frequency = this.documentFrequency(term);
    const idf = Math.log(1 + (this.total - frequency + 0.5) / (frequency + 0.5));
    const avgLength = index.averageFieldLength;
    const docIds: string[] = [];
    const scores: number[] = [];
    for (const docId in docs) {
      if (index.documentId(docId) === undefined) continue;
      const count = docs[docId] as number;
      const length = index.fieldLength(docId);
      docIds.push(docId);
      scores.push(
        idf *
          (BM25.d + (count * (BM25.k + 1)) / (count + BM25.k * (1 - BM25.b + (BM25.b * length) / avgLength))),
      );
    }
    return bestPositions(scores, POSTINGS_PER_TERM).map((slot) => {
      const docId = docIds[slot] as string;
      const stored = index.stored(docId);
      return {
        id: index.documentId(docId) as string,
        kind: stored?.kind as Posting['kind'],
        ref: stored?.ref as string,
        score: scores[slot] as number,
      };
    });
  }
}
