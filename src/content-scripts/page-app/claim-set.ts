import type { CheckResult, Verdict } from '../../engine';
import { readerVerdict } from '../../i18n/reader-verdict';
import type { CardSubject } from './card-controller';
import { createClaimOrder } from './claim-order';
import type { Highlights, PaintedVerdict, ShownVerdict } from './highlights';
import type { FoundSentence } from './scanner';

/** A sentence the engine has answered with a verdict worth showing: highlighted, counted, navigable. */
export interface Claim extends CardSubject {
  readonly sentence: FoundSentence;
}

// Most serious first: the badge takes its colour from the first of these on the page.
const SERIOUSNESS: ShownVerdict[] = ['conflicting', 'disputed', 'corroborated', 'related'];

const isShown = (verdict: Verdict): verdict is ShownVerdict => verdict !== 'none';
// Counted by the engine's verdict (the badge), painted by the reader's (Outdated has its own mark).
const paintOf = (result: CheckResult) => readerVerdict(result) as PaintedVerdict;

type CachedCheck = (text: string) => CheckResult | undefined;

// Sentences painted per step of answerSteps.
const ANSWER_STEP = 200;

export interface ClaimSet {
  /**
   * What the scanner found and lost; the found sentences the engine has answered already (`cached`)
   * are painted at once. Returns the texts of the found sentences, to ask the engine about.
   */
  update(added: readonly FoundSentence[], removed: readonly FoundSentence[], cached?: CachedCheck): string[];
  /** A batch of the engine's answers, by sentence text: only the sentences with those texts are touched. */
  answer(results: ReadonlyMap<string, CheckResult>): void;
  /** The same in steps of a few hundred sentences (a slicer job). */
  answerSteps(results: ReadonlyMap<string, CheckResult>): Generator<null, void, undefined>;
  /** The claim over this range, if any. */
  find(range: Range): Claim | null;
  /** The claims in no particular order, without the cost of ordering them. */
  unordered(): Iterable<Claim>;
  /** Claims in document order. */
  claims(): Claim[];
  /** How many claims there are, without ordering them. */
  readonly size: number;
  worst(): ShownVerdict | null;
  /** Sentences found but not yet answered. */
  unanswered(): string[];
  /** Forgets every answer (the page date changed) but keeps the sentences. */
  forgetResults(): void;
  /** Grows on every change to the claims, for callers holding an index. */
  readonly version: number;
  clear(): void;
}

/**
 * Joins what the scanner found with what the engine answered, and keeps the highlights in step:
 * a sentence with a verdict other than "none" is painted with its verdict's highlight; a sentence
 * the page removed or changed loses it.
 *
 * Every call costs in proportion to what it was given, not to what the page holds: the first scan
 * of a page with 16,000 claims calls update once per block and answer once per batch, and
 * re-applying every sentence on each of those calls made that scan quadratic (issue 20).
 *
 * A sentence the engine answers with "none" (it mentions the CSTO or Pashinyan but the record has
 * nothing on it) is not a claim: highlighting it would give the reader a card with nothing in it.
 */
export function createClaimSet(highlights: Highlights, onChange: () => void): ClaimSet {
  const found = new Set<FoundSentence>();
  const byText = new Map<string, Set<FoundSentence>>();
  const byRange = new Map<Range, FoundSentence>();
  const answered = new Map<FoundSentence, Claim>();
  // Sentences are numbered as the scanner reads them, top to bottom: a cheap first guess at the order.
  const order = createClaimOrder<Claim>((claim) => claim.sentence.id);
  const counts: Record<ShownVerdict, number> = { conflicting: 0, disputed: 0, corroborated: 0, related: 0 };
  let version = 0;

  const changed = () => {
    version++;
    onChange();
  };

  const unpaint = (sentence: FoundSentence) => {
    const claim = answered.get(sentence);
    if (!claim) return false;
    answered.delete(sentence);
    if (!isShown(claim.result.verdict)) return false;
    highlights.remove(claim.range, paintOf(claim.result));
    counts[claim.result.verdict]--;
    order.remove(claim);
    return true;
  };

  // Returns whether the claims changed.
  const settle = (sentence: FoundSentence, result: CheckResult | undefined): boolean => {
    if (!result || answered.get(sentence)?.result === result) return false;
    const dirty = unpaint(sentence);
    const claim: Claim = { sentence, range: sentence.range, text: sentence.text, result };
    answered.set(sentence, claim);
    if (!isShown(result.verdict)) return dirty;
    highlights.add(sentence.range, paintOf(result));
    counts[result.verdict]++;
    order.add(claim);
    return true;
  };

  return {
    update(added, removed, cached) {
      let dirty = false;
      for (const sentence of removed) {
        if (!found.delete(sentence)) continue;
        byRange.delete(sentence.range);
        const same = byText.get(sentence.text);
        same?.delete(sentence);
        if (same?.size === 0) byText.delete(sentence.text);
        dirty = unpaint(sentence) || dirty;
      }
      for (const sentence of added) {
        found.add(sentence);
        byRange.set(sentence.range, sentence);
        let same = byText.get(sentence.text);
        if (!same) {
          same = new Set();
          byText.set(sentence.text, same);
        }
        same.add(sentence);
        if (cached) dirty = settle(sentence, cached(sentence.text)) || dirty;
      }
      if (dirty) changed();
      return added.map((s) => s.text);
    },
    answer(results) {
      const steps = this.answerSteps(results);
      while (!steps.next().done);
    },
    *answerSteps(results) {
      let dirty = false;
      let done = 0;
      for (const [text, result] of results)
        for (const sentence of [...(byText.get(text) ?? [])]) {
          // Between steps the page may have taken the sentence away.
          if (found.has(sentence)) dirty = settle(sentence, result) || dirty;
          if (++done % ANSWER_STEP !== 0) continue;
          if (dirty) changed();
          dirty = false;
          yield null;
        }
      if (dirty) changed();
    },
    find(range) {
      const sentence = byRange.get(range);
      const claim = sentence && answered.get(sentence);
      return claim && isShown(claim.result.verdict) ? claim : null;
    },
    *unordered() {
      for (const claim of answered.values()) if (isShown(claim.result.verdict)) yield claim;
    },
    claims: () => order.list(),
    get size() {
      return order.size;
    },
    worst() {
      return SERIOUSNESS.find((v) => counts[v] > 0) ?? null;
    },
    unanswered() {
      return [...found].filter((s) => !answered.has(s)).map((s) => s.text);
    },
    forgetResults() {
      let dirty = false;
      for (const sentence of [...answered.keys()]) dirty = unpaint(sentence) || dirty;
      if (dirty) changed();
    },
    get version() {
      return version;
    },
    clear() {
      found.clear();
      byText.clear();
      byRange.clear();
      answered.clear();
      order.clear();
      for (const v of SERIOUSNESS) counts[v] = 0;
      highlights.clear();
      changed();
    },
  };
}
