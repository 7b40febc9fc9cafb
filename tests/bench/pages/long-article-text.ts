import { claimSentences, OWN_CLAIMS, sourceParagraphs } from './claim-text';
import { fillerParagraph, seededRng, wordCount } from './prose';

export interface ArticleText {
  headline: string;
  paragraphs: string[];
  words: number;
  claims: number;
}

const TARGET_WORDS = 5_000;
const TARGET_CLAIMS = 60;

/**
 * About 5,000 words with about 60 claim sentences: source paragraphs in their order until the
 * claims from them, plus our own, reach the target, then filler between them up to the length.
 */
export function longArticleText(seed = 6): ArticleText {
  const rng = seededRng(seed);
  const ownClaims = OWN_CLAIMS.length;
  const chosen: string[] = [];
  let claims = 0;
  for (const paragraph of sourceParagraphs()) {
    const n = claimSentences(paragraph).length;
    if (claims + n + ownClaims > TARGET_CLAIMS) continue;
    chosen.push(paragraph);
    claims += n;
  }
  // Our own claims go in pairs among the source paragraphs.
  for (let i = 0; i < ownClaims; i += 2) {
    const at = Math.round(((i + 1) / (ownClaims + 1)) * chosen.length);
    chosen.splice(at, 0, OWN_CLAIMS.slice(i, i + 2).join(' '));
  }
  claims += ownClaims;
  const words = chosen.reduce((sum, p) => sum + wordCount(p), 0);
  const fillers: string[] = [];
  for (let total = words; total < TARGET_WORDS; ) {
    const p = fillerParagraph(rng);
    fillers.push(p);
    total += wordCount(p);
  }
  // Spread the filler evenly, so claims are found all the way down the page.
  const paragraphs: string[] = [];
  const perGap = fillers.length / chosen.length;
  let used = 0;
  chosen.forEach((p, i) => {
    paragraphs.push(p);
    const until = Math.round((i + 1) * perGap);
    while (used < until) paragraphs.push(fillers[used++] as string);
  });
  const text = paragraphs.join('\n');
  return {
    headline: 'Armenia and the CSTO: from a skipped summit to the point of no return',
    paragraphs,
    words: wordCount(text),
    claims: paragraphs.reduce((sum, p) => sum + claimSentences(p).length, 0),
  };
}
