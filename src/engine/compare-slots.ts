import type { Analyzer } from './analyze/analyzer';
import { datesOverlap } from './analyze/dates';
import type { Analysis } from './analyze/types';
import { breakBetween } from './clause-break';
import { mainPredicates } from './main-predicates';
import type { Phrasing } from './record-view';

// The differences between a sentence and a phrasing outside their predicates: who said it, and
// the slots (place, date, count, members). Each is one Mismatch the reason can name.

export type MismatchKind =
  | 'polarity'
  | 'modality'
  | 'qualifier'
  | 'agent'
  | 'speaker'
  | 'place'
  | 'date'
  | 'number'
  | 'members';

export interface Mismatch {
  kind: MismatchKind;
  concept?: string;
  /** What the sentence says and what the phrasing says, as ids or values, for the reason. */
  sentence: string;
  record: string;
}

export function compareSpeaker(
  sentence: Analysis,
  phrasing: Phrasing,
  analyzer: Analyzer,
  outlets: Set<string>,
  hard: Mismatch[],
  soft: string[],
): void {
  const said = sentence.speaker;
  if (!said) return;
  if (said.id && outlets.has(said.id)) return;
  if (phrasing.speakers.length === 0) return;
  // An unidentified speaker ("a spokesman said") is only doubtful against a phrasing that names one.
  if (said.id === null && phrasing.inherited) return;
  if (said.id === null) {
    soft.push('speaker');
    return;
  }
  const id = said.id;
  if (phrasing.speakers.some((s) => analyzer.compatible(id, s))) return;
  // "Pashinyan announced the freeze, and the Kremlin demanded an explanation": the sentence's first
  // speaker is not the one of every clause. Where another clause's agent is the record's speaker,
  // the attribution is doubtful, not wrong.
  // Where the clause that asserts the phrasing's own predicate has the record's speaker as its
  // agent, that clause is the speaker's and the attribution holds.
  const own = new Set(mainPredicates(phrasing.analysis).map((p) => p.concept));
  const fits = (a: string | null | undefined) =>
    Boolean(a) && phrasing.speakers.some((s) => analyzer.compatible(a as string, s));
  if (sentence.preds.some((p) => own.has(p.concept) && fits(p.agent?.id))) return;
  const agents = sentence.preds.map((p) => p.agent?.id).filter((a): a is string => Boolean(a));
  if (agents.some((a) => phrasing.speakers.some((s) => analyzer.compatible(a, s)))) {
    soft.push('speaker');
    return;
  }
  // The record's subject may be the speaker's own organisation or country ("Moscow said" for Peskov).
  hard.push({ kind: 'speaker', sentence: id, record: phrasing.speakers[0] as string });
}

export function compareSlots(sentence: Analysis, p: Analysis, analyzer: Analyzer, hard: Mismatch[]): void {
  const places = placesOfClaim(sentence, p);
  if (places.length > 0 && p.places.length > 0) {
    const agree = places.some((a) => p.places.some((b) => analyzer.samePlace(a, b)));
    if (!agree) hard.push({ kind: 'place', sentence: places[0] as string, record: p.places[0] as string });
  }
  const ours = sentence.dates.filter((d) => !d.anchor);
  const theirs = p.dates.filter((d) => !d.anchor);
  if (ours.length > 0 && theirs.length > 0) {
    const off = ours.find((d) => !theirs.some((t) => datesOverlap(d, t)));
    if (off)
      hard.push({ kind: 'date', sentence: dateText(off), record: dateText(theirs[0] as (typeof theirs)[0]) });
  }
  for (const n of sentence.numbers) {
    if (n.counts === 'other') continue;
    const same = p.numbers.filter((m) => m.counts === n.counts);
    if (same.length > 0 && !same.some((m) => m.value === n.value)) {
      hard.push({ kind: 'number', sentence: String(n.value), record: String(same[0]?.value) });
      break;
    }
  }
  if (sentence.members.length > 0 && p.members.length > 0 && sentence.members.join() !== p.members.join()) {
    hard.push({ kind: 'members', sentence: sentence.members.join(', '), record: p.members.join(', ') });
  }
}

// A clause bounds its predicate's arguments: in "will skip the summit, he told reporters at a
// meeting in Yerevan" the place is the telling's, not the summit's. Without a shared predicate to
// place them, every place counts.
export function placesOfClaim(sentence: Analysis, p: Analysis): string[] {
  const theirs = new Set(mainPredicates(p).map((x) => x.concept));
  const asserted = sentence.preds.filter((x) => theirs.has(x.concept));
  if (asserted.length === 0) return sentence.places;
  return sentence.places.filter((place) =>
    sentence.entities.some(
      (m) => m.id === place && asserted.some((x) => !breakBetween(sentence, x.at, m.at)),
    ),
  );
}

export function dateText(d: { year: number | null; from: string; to: string; precision: string }): string {
  const y = d.year ?? '';
  if (d.precision === 'year') return `${y}`;
  if (d.precision === 'month') return `${y}-${d.from.slice(0, 2)}`.replace(/^-/, '');
  return `${y}-${d.from}`.replace(/^-/, '');
}
