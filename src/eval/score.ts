import type { LabelledSentence } from './labelled';

// The figures of eval/score.mjs, with its definitions kept exactly (it cannot be imported: it runs
// on import), plus what the scorer does not print: the precision of each decisive verdict and the
// coverage of the decidable sentences.

export interface Output {
  id: string;
  mentions: boolean;
  verdict: string;
  evidence: { url: string }[];
}

type Bucket = 'corroborated' | 'conflicting' | 'other';
const CLASSES: readonly Bucket[] = ['corroborated', 'conflicting', 'other'];
const EXPECTED: Record<string, Bucket | 'none'> = {
  supported: 'corroborated',
  contradicted: 'conflicting',
  not_in_corpus: 'other',
  none: 'none',
};
export const bucketOf = (v: string): Bucket => (v === 'corroborated' || v === 'conflicting' ? v : 'other');

/** The source file a URL belongs to, matched as loosely as score.mjs matches it. */
export function seedOfUrl(url = ''): string | null {
  const u = url.toLowerCase();
  if (u.includes('32683987')) return '000_5287cf75bd9373d8.txt';
  if (u.includes('thesocialtalks.com')) return '001_24850dcc4cdb8b0b.txt';
  if (u.includes('massispost.com')) return '002_4620728e6d114af1.txt';
  if (u.includes('panarmenian.net') && u.includes('314664')) return '003_208ac84f70e9e951.txt';
  if (u.includes('mirrorspectator.com')) return '004_11dcaec7b4bc07c8.txt';
  return null;
}

export interface Figures {
  sentences: number;
  confusion: Record<Bucket, Record<Bucket, number>>;
  mentionPrecision: number;
  mentionRecall: number;
  macroF1: number;
  f1: Record<Bucket, number>;
  wrongDirection: number;
  decidable: number;
  falseVerdict: number;
  notInCorpus: number;
  evidenceAt3: number;
  missing: number;
  /** Of the times each verdict was given, how often it was right; null when it was never given. */
  precisionCorroborated: number | null;
  precisionConflicting: number | null;
  /** Share of decidable sentences (supported or contradicted) given a decisive verdict, right or wrong. */
  coverage: number | null;
  errors: string[];
}

export function score(gold: readonly LabelledSentence[], outputs: ReadonlyMap<string, Output>): Figures {
  let missing = 0;
  const mention = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const conf = Object.fromEntries(
    CLASSES.map((g) => [g, Object.fromEntries(CLASSES.map((p) => [p, 0]))]),
  ) as Record<Bucket, Record<Bucket, number>>;
  let wrongDirection = 0;
  let decidable = 0;
  let falseVerdict = 0;
  let notInCorpus = 0;
  let evHit = 0;
  let covered = 0;
  const errors: string[] = [];
  for (const g of gold) {
    const o = outputs.get(g.id);
    if (!o) {
      missing++;
      errors.push(`${g.id}: no output`);
      continue;
    }
    const goldMention = g.verdict !== 'none';
    if (goldMention && o.mentions) mention.tp++;
    else if (goldMention) {
      mention.fn++;
      errors.push(`${g.id}: mention missed`);
    } else if (o.mentions) {
      mention.fp++;
      errors.push(`${g.id}: false mention`);
    } else mention.tn++;
    if (!goldMention) continue;
    const want = EXPECTED[g.verdict] as Bucket;
    const got = o.mentions ? bucketOf(o.verdict) : 'other';
    conf[want][got]++;
    if (want !== got) errors.push(`${g.id}: want ${want}, got ${o.mentions ? o.verdict : 'no mention'}`);
    if (g.verdict === 'not_in_corpus') {
      notInCorpus++;
      if (got !== 'other') falseVerdict++;
    } else {
      decidable++;
      if (got !== 'other') covered++;
      if (
        (want === 'corroborated' && got === 'conflicting') ||
        (want === 'conflicting' && got === 'corroborated')
      ) {
        wrongDirection++;
      }
      const top = (o.evidence ?? []).slice(0, 3).map((e) => seedOfUrl(e.url));
      if ((g.evidence_seeds ?? []).some((s) => top.includes(s))) evHit++;
      else errors.push(`${g.id}: gold evidence not in top 3`);
    }
  }
  const f1 = (c: Bucket) => {
    const tp = conf[c][c];
    const fp = CLASSES.reduce((s, g) => s + (g === c ? 0 : conf[g][c]), 0);
    const fn = CLASSES.reduce((s, p) => s + (p === c ? 0 : conf[c][p]), 0);
    return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  };
  const precision = (c: Bucket) => {
    const given = CLASSES.reduce((s, g) => s + conf[g][c], 0);
    return given === 0 ? null : conf[c][c] / given;
  };
  const f1s = Object.fromEntries(CLASSES.map((c) => [c, f1(c)])) as Record<Bucket, number>;
  return {
    sentences: gold.length,
    confusion: conf,
    mentionPrecision: mention.tp / Math.max(1, mention.tp + mention.fp),
    mentionRecall: mention.tp / Math.max(1, mention.tp + mention.fn),
    macroF1: CLASSES.reduce((s, c) => s + f1s[c], 0) / CLASSES.length,
    f1: f1s,
    wrongDirection,
    decidable,
    falseVerdict,
    notInCorpus,
    evidenceAt3: evHit,
    missing,
    precisionCorroborated: precision('corroborated'),
    precisionConflicting: precision('conflicting'),
    coverage: decidable === 0 ? null : covered / decidable,
    errors,
  };
}
