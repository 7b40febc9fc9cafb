import type { CheckResult, Verdict } from '../engine';
import type { CardSubject } from './card-controller';
import type { Highlights, ShownVerdict } from './highlights';
import type { FoundSentence } from './scanner';

/** A sentence the engine has answered with a verdict worth showing: highlighted, counted, navigable. */
export interface Claim extends CardSubject {
  readonly sentence: FoundSentence;
}

// Most serious first: the badge takes its colour from the first of these on the page.
const SERIOUSNESS: ShownVerdict[] = ['conflicting', 'disputed', 'corroborated', 'related'];

const isShown = (verdict: Verdict): verdict is ShownVerdict => verdict !== 'none';

export interface ClaimSet {
  /** What the scanner found and lost; returns the sentences that still need the engine's answer. */
  update(added: readonly FoundSentence[], removed: readonly FoundSentence[]): string[];
  /** The engine's answers, by sentence text. */
  apply(lookup: (text: string) => CheckResult | undefined): void;
  /** Claims in document order. */
  claims(): Claim[];
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
 * A sentence the engine answers with "none" (it mentions the CSTO or Pashinyan but the record has
 * nothing on it) is not a claim: highlighting it would give the reader a card with nothing in it.
 */
export function createClaimSet(highlights: Highlights, onChange: () => void): ClaimSet {
  const found = new Set<FoundSentence>();
  const answered = new Map<FoundSentence, Claim>();
  let ordered: Claim[] | null = null;
  let version = 0;

  const changed = () => {
    ordered = null;
    version++;
    onChange();
  };

  const unpaint = (sentence: FoundSentence) => {
    const claim = answered.get(sentence);
    if (!claim) return false;
    answered.delete(sentence);
    if (isShown(claim.result.verdict)) highlights.remove(claim.range, claim.result.verdict);
    return isShown(claim.result.verdict);
  };

  return {
    update(added, removed) {
      let dirty = false;
      for (const sentence of removed) {
        found.delete(sentence);
        dirty = unpaint(sentence) || dirty;
      }
      for (const sentence of added) found.add(sentence);
      if (dirty) changed();
      return added.map((s) => s.text);
    },
    apply(lookup) {
      let dirty = false;
      for (const sentence of found) {
        const result = lookup(sentence.text);
        if (!result || answered.get(sentence)?.result === result) continue;
        dirty = unpaint(sentence) || dirty;
        answered.set(sentence, { sentence, range: sentence.range, text: sentence.text, result });
        if (isShown(result.verdict)) {
          highlights.add(sentence.range, result.verdict);
          dirty = true;
        }
      }
      if (dirty) changed();
    },
    claims() {
      ordered ??= [...answered.values()]
        .filter((c) => isShown(c.result.verdict))
        .sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
      return ordered;
    },
    worst() {
      const verdicts = new Set(this.claims().map((c) => c.result.verdict));
      return SERIOUSNESS.find((v) => verdicts.has(v)) ?? null;
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
      answered.clear();
      highlights.clear();
      changed();
    },
  };
}
