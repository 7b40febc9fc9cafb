import type { LiveBlogFigures, LongArticleFigures } from '../analysis/claim-dense';
import type { NoMentionFigures } from '../analysis/no-mention';
import type { EngineFigures } from '../engine-figures';
import type { ScaleFigures } from '../scale';
import type { Sizes } from '../sizes';

/** What was measured in one browser: the page groups, the same in each. */
export interface BrowserFigures {
  noMention: NoMentionFigures | null;
  longArticle: LongArticleFigures | null;
  /** The first claim page after the browser started: Receipts' service worker loads the record then. */
  coldLongArticle: LongArticleFigures | null;
  liveBlog: LiveBlogFigures | null;
}

/**
 * Everything one run of `npm run bench` found: written to results/latest.json. The page groups at
 * the top level are Chromium's (null when it was not run), as before Firefox was measured; Firefox's
 * are under `firefox`.
 */
export interface BenchResults {
  date: string;
  mode: 'full' | 'quick';
  durationS: number;
  machine: {
    cpu: string;
    cores: number;
    memoryGB: number;
    chromium: string;
    firefox?: string;
    node: string;
    os: string;
  };
  /** The browsers measured, in order; absent in runs from before Firefox was measured (Chromium only). */
  browsers?: ('chromium' | 'firefox')[];
  method: { samplingIntervalUs: number; repetitions: Record<string, number> };
  receiptsError: string | null;
  showDelayMs: number | null;
  pages: {
    realWorld: number;
    longArticle: { base: string; words: number; claims: number; container: string };
    liveBlog: { base: string; initialClaims: number; entries: number; intervalMs: number };
  };
  noMention: NoMentionFigures | null;
  longArticle: LongArticleFigures | null;
  /** The first claim page after the browser started: Receipts' service worker loads the record then. */
  coldLongArticle: LongArticleFigures | null;
  liveBlog: LiveBlogFigures | null;
  sizes: Sizes | null;
  engine: EngineFigures | null;
  /** One entry per record size, the last the 100,000 statements. */
  scale: ScaleFigures[] | null;
  firefox?: BrowserFigures | null;
}
