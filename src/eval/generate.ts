import type { CheckResult } from '../engine/types';
import type { BundledRecord, Claim, DatedAt } from '../record/types';
import { contrastVariants } from './contrast';
import type { GeneratedSentence, GoldVerdict } from './labelled';
import { namesAny } from './names';
import { neutralVariants } from './neutral';
import type { PerturbationData } from './perturbation-data';
import { seededRandom, seedFor } from './prng';
import { languageOf } from './sentence';

// The invariance and contrast sets, generated from the record's own claims, phrasings and
// statement gists (never from the eval sets), so they can be regenerated whenever the record
// changes and are the same for the same record and seed.

export type Check = (text: string, pageDate: string) => CheckResult;

export interface Base {
  text: string;
  pageDate: string;
  gold: 'supported' | 'contradicted';
  claim: string;
  seeds: string[];
}

export interface GeneratedSets {
  invariance: GeneratedSentence[];
  contrast: GeneratedSentence[];
  /** How many bases there were, how many the engine decided as the record does, how many it called Corroborated. */
  bases: { total: number; decided: number; corroborated: number };
  /** Bases left out because they name neither trigger (the eval sets' gold would be "none"). */
  basesWithoutName: number;
  /** Contrast variants left out because the change removed the name of the CSTO or Pashinyan. */
  droppedWithoutMention: number;
}

/** The last day a date of this precision can stand for: a source of "Nov 2023" may be from 30 Nov. */
function lastDayOf({ date, precision }: DatedAt): string {
  if (precision === 'day') return date;
  const [year, month] = date.split('-').map(Number) as [number, number];
  const end = precision === 'year' ? new Date(Date.UTC(year, 11, 31)) : new Date(Date.UTC(year, month, 0));
  return end.toISOString().slice(0, 10);
}

const dayBefore = (date: string) =>
  new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/**
 * A page date on which the claim held and everything its supporting statements report had been
 * published: the latest of those publications (a source dated only by month counts from the
 * month's end), moved into the claim's window.
 */
export function pageDateFor(claim: Claim, record: BundledRecord): string | null {
  const statements = new Map(record.statements.map((s) => [s.id, s]));
  const sources = new Map(record.sources.map((s) => [s.id, s]));
  const dates = claim.evidence
    .filter((e) => e.stance === 'supports')
    .map((e) => statements.get(e.statement))
    .flatMap((st) => {
      const published = sources.get(st?.source ?? '')?.published;
      return st && published ? [[lastDayOf(published), st.said.date].sort().at(-1) as string] : [];
    })
    .sort();
  let date = dates.at(-1) ?? claim.holds.from ?? null;
  if (date && claim.holds.until && date >= claim.holds.until) date = dayBefore(claim.holds.until);
  if (date && claim.holds.from && date < claim.holds.from) date = claim.holds.from;
  return date;
}

function seedsOf(claim: Claim, record: BundledRecord): string[] {
  const statements = new Map(record.statements.map((s) => [s.id, s]));
  const sources = new Map(record.sources.map((s) => [s.id, s]));
  const files = claim.evidence
    .filter((e) => e.stance === 'supports')
    .map((e) => sources.get(statements.get(e.statement)?.source ?? '')?.textFile)
    .filter((f): f is string => typeof f === 'string');
  return [...new Set(files)].sort();
}

/** Every sentence the record itself says is supported or contradicted, with a page date it held on. */
export function recordBases(record: BundledRecord): Base[] {
  const gists = new Map(record.statements.map((s) => [s.id, s.gist]));
  const bases: Base[] = [];
  const seen = new Set<string>();
  for (const claim of record.claims) {
    const pageDate = pageDateFor(claim, record);
    if (!pageDate) continue;
    const seeds = seedsOf(claim, record);
    const add = (text: string, gold: Base['gold']) => {
      const key = `${text}\u0000${pageDate}`;
      if (seen.has(key)) return;
      seen.add(key);
      bases.push({ text, pageDate, gold, claim: claim.id, seeds });
    };
    add(claim.text, 'supported');
    for (const text of claim.supportingPhrasings) add(text, 'supported');
    for (const text of claim.contradictingPhrasings) add(text, 'contradicted');
    for (const e of claim.evidence) {
      const gist = gists.get(e.statement);
      if (gist && e.stance === 'supports') add(gist, 'supported');
    }
  }
  return bases;
}

const bucket = (verdict: string) =>
  verdict === 'corroborated' || verdict === 'conflicting' ? verdict : 'other';
const decides = (gold: Base['gold'], verdict: string) =>
  bucket(verdict) === (gold === 'supported' ? 'corroborated' : 'conflicting');

export function generateSets(
  record: BundledRecord,
  check: Check,
  data: PerturbationData,
  options: { seed: number; limit?: number },
): GeneratedSets {
  const named = (text: string) => namesAny(text, record.entities, data.triggerEntities);
  const all = recordBases(record);
  const bases = all.filter((b) => named(b.text)).slice(0, options.limit);
  const basesWithoutName = all.filter((b) => !named(b.text)).length;
  const invariance: GeneratedSentence[] = [];
  const contrast: GeneratedSentence[] = [];
  let decided = 0;
  let corroborated = 0;
  let droppedWithoutMention = 0;
  for (const base of bases) {
    const result = check(base.text, base.pageDate);
    if (!result.mentions || !decides(base.gold, result.verdict)) continue;
    decided++;
    const lang = languageOf(base.text);
    const random = seededRandom(seedFor(options.seed, `${base.claim}\u0000${base.text}`));
    const common = {
      lang,
      page_date: base.pageDate,
      base: base.text,
      baseVerdict: result.verdict,
      claim: base.claim,
    };
    for (const v of neutralVariants(base.text, lang, base.pageDate, data, random)) {
      invariance.push({
        ...common,
        id: '',
        text: v.text,
        kind: v.kind,
        change: v.change,
        verdict: base.gold,
        evidence_seeds: base.seeds,
      });
    }
    if (result.verdict !== 'corroborated') continue;
    corroborated++;
    for (const v of contrastVariants(base.text, lang, record.entities, data, random)) {
      if (!named(v.text)) {
        droppedWithoutMention++;
        continue;
      }
      const gold: GoldVerdict = data.contrast.expected[v.kind];
      contrast.push({
        ...common,
        id: '',
        text: v.text,
        kind: v.kind,
        change: v.change,
        verdict: gold,
        evidence_seeds: gold === 'contradicted' ? base.seeds : [],
      });
    }
  }
  invariance.forEach((s, i) => {
    s.id = `inv${String(i + 1).padStart(4, '0')}`;
  });
  contrast.forEach((s, i) => {
    s.id = `con${String(i + 1).padStart(4, '0')}`;
  });
  return {
    invariance,
    contrast,
    bases: { total: bases.length, decided, corroborated },
    basesWithoutName,
    droppedWithoutMention,
  };
}
