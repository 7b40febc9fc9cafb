import type { Analyzer } from './analyze/analyzer';
import type { Actor, Analysis, Pred } from './analyze/types';
import { breakBetween } from './clause-break';
import { compareSlots, compareSpeaker, type Mismatch, type MismatchKind } from './compare-slots';
import { BLOCS } from './lexicon/gazetteer';
import { mainPredicates } from './main-predicates';
import type { Phrasing } from './record-view';

// Compares a sentence with one way the record writes a claim: how much of the phrasing the
// sentence covers (weighted by how rare each term is), whether they share the phrasing's main
// predicate, and every difference that would make them say different things. "Hard" differences
// are conflicts when they are the only one (a flipped predicate, another place, date, count,
// speaker or agent, will-leave against has-left, de facto against de jure); "soft" ones only
// mean the two cannot be compared (an unidentified speaker, "could" against "did not").

export interface Comparison {
  phrasing: Phrasing;
  /** Weighted share of the phrasing's terms found in the sentence. */
  coverage: number;
  /** Weighted share of the sentence's terms found in the phrasing. */
  precision: number;
  score: number;
  aligned: boolean;
  hard: Mismatch[];
  soft: string[];
  shared: Set<string>;
}

const PARTIAL = 0.75;
/** Below this, no swapped slot can lift a phrasing to a decision (see stance.ts thresholds). */
const ROUGH_MIN = 0.4;
const EXCLUSIVE = new Set(['initiate']);
const EVENT_NOUNS = ['c:summit', 'c:exercise'];
const SWAPPABLE = new Set<MismatchKind>(['speaker', 'agent', 'place', 'number', 'date']);

/** What every comparison needs from the sentence, computed once per check. */
export interface SentenceView {
  analysis: Analysis;
  terms: Set<string>;
  entities: string[];
  total: number;
  main: Pred[];
  concepts: Set<string>;
  blocs: Set<string>;
  weight: (term: string) => number;
}

export function sentenceView(analysis: Analysis, weight: (term: string) => number): SentenceView {
  let total = 0;
  for (const term of analysis.terms) total += weight(term);
  const main = mainPredicates(analysis);
  return {
    analysis,
    terms: new Set(analysis.terms),
    entities: analysis.terms.filter((t) => t.startsWith('e:')).map((t) => t.slice(2)),
    total,
    main,
    concepts: new Set(main.map((p) => p.concept)),
    blocs: new Set(analysis.entities.filter((e) => BLOCS.has(e.id)).map((e) => e.id)),
    weight,
  };
}

interface PhrasingFacts {
  weights: number[];
  total: number;
  main: Pred[];
  blocs: Set<string>;
}

// Phrasings are compared with every sentence; what depends on them alone is computed once.
const facts = new WeakMap<Phrasing, PhrasingFacts>();

function factsOf(phrasing: Phrasing, weight: (term: string) => number): PhrasingFacts {
  let f = facts.get(phrasing);
  if (!f) {
    const p = phrasing.analysis;
    const weights = p.terms.map(weight);
    f = {
      weights,
      total: weights.reduce((a, b) => a + b, 0),
      main: mainPredicates(p),
      blocs: new Set(p.entities.filter((e) => BLOCS.has(e.id)).map((e) => e.id)),
    };
    facts.set(phrasing, f);
  }
  return f;
}

/** Cheap test, before any scoring: does the sentence share the phrasing's main predicate? */
export function mayAlign(sv: SentenceView, phrasing: Phrasing, weight: (term: string) => number): boolean {
  const main = factsOf(phrasing, weight).main[0];
  return main ? sv.concepts.has(main.concept) : true;
}

export function compare(
  sv: SentenceView,
  phrasing: Phrasing,
  weight: (term: string) => number,
  analyzer: Analyzer,
  outlets: Set<string>,
  doesIt: DoerCheck = () => false,
): Comparison {
  const sentence = sv.analysis;
  const p = phrasing.analysis;
  const f = factsOf(phrasing, weight);
  const sentenceTerms = sv.terms;
  const shared = new Set<string>();
  const total = f.total;
  let covered = 0;
  for (let i = 0; i < p.terms.length; i++) {
    const term = p.terms[i] as string;
    const w = f.weights[i] as number;
    if (sentenceTerms.has(term)) {
      covered += w;
      shared.add(term);
    } else if (term.startsWith('e:')) {
      // "Yerevan says" for "Pashinyan said", "Moscow" for "the Kremlin": the same side, mostly.
      const id = term.slice(2);
      for (const e of sv.entities) {
        if (analyzer.compatible(e, id)) {
          covered += PARTIAL * w;
          break;
        }
      }
    }
  }
  const sentenceTotal = sv.total;
  const main = f.main[0];
  // Without a predicate of its own ("the six-member CSTO"), a phrasing must be nearly the sentence.
  // Their negations must then pair up too, since no predicate carries them ("are not going to
  // close the doors" against "would close the doors").
  const aligned = main
    ? sv.concepts.has(main.concept)
    : total > 0 &&
      covered / total >= 0.75 &&
      sentenceTotal > 0 &&
      covered / sentenceTotal >= 0.5 &&
      negations(sentence) % 2 === negations(p) % 2;
  const rough = fScore(
    total > 0 ? Math.min(1, covered / total) : 0,
    sentenceTotal > 0 ? Math.min(1, covered / sentenceTotal) : 0,
  );
  // Too far apart to decide anything even with a slot swapped in: skip the detailed comparison.
  if (!aligned || rough < ROUGH_MIN) {
    const coverage = total > 0 ? Math.min(1, covered / total) : 0;
    const precision = sentenceTotal > 0 ? Math.min(1, covered / sentenceTotal) : 0;
    return {
      phrasing,
      coverage,
      precision,
      score: rough,
      aligned,
      hard: [],
      soft: aligned ? ['distant'] : [],
      shared,
    };
  }

  const hard: Mismatch[] = [];
  const soft: string[] = [];
  const sentencePreds = sv.main;
  const phrasingPreds = f.main;

  for (const concept of new Set(phrasingPreds.map((x) => x.concept))) {
    const ours = sentencePreds.filter((x) => x.concept === concept);
    if (ours.length === 0) continue;
    const theirs = phrasingPreds.filter((x) => x.concept === concept);
    let best: PairResult | null = null;
    for (const s of ours) {
      for (const t of theirs) {
        const r = comparePreds(s, t, analyzer, doesIt, p);
        if (!best || rank(r) < rank(best)) best = r;
      }
    }
    if (best?.hard) hard.push(best.hard);
    else if (best?.soft) soft.push(best.soft);
    // The best pair agreeing is not enough when the concept is read more than once: "never
    // cancelled an exercise that was to be held" has a hosting of each sign, and so does the
    // record's "cancelled an exercise that was to be held", but not in the same places. Only
    // doubtful: which reading is the claim's is unclear.
    else if (!everyReadingPaired(ours, theirs)) soft.push('polarity');
  }

  // "Pashinyan never informed Lukashenko" denies the telling itself, which the phrasing reports
  // (or takes for granted): nothing it says can back the sentence. Only Related, since "did not
  // say when" is not "did not say".
  // The denial reaches only what its own clause reports: "has not declared any intention of
  // quitting, although its leader stayed away" still says he stayed away.
  if (deniesReporting(sentence, f.main) && !p.preds.some((x) => reporting(x) && x.polarity === -1))
    soft.push('negation');
  compareSpeaker(sentence, phrasing, analyzer, outlets, hard, soft);
  if (sv.blocs.size > 0 && f.blocs.size > 0 && ![...f.blocs].some((b) => sv.blocs.has(b)))
    soft.push('organisation');
  // Skipping a summit is not skipping exercises.
  const ourEvents = EVENT_NOUNS.filter((e) => sv.terms.has(e));
  const theirEvents = EVENT_NOUNS.filter((e) => p.terms.includes(e));
  if (ourEvents.length > 0 && theirEvents.length > 0 && !ourEvents.some((e) => theirEvents.includes(e)))
    soft.push('event');
  compareSlots(sentence, p, analyzer, hard);
  // "changes cannot be ruled out" against "ruled out any change": the negated thing is not a
  // predicate the lexicon knows, so only the count of such negations tells them apart.
  if (sentence.looseNegations % 2 !== p.looseNegations % 2) soft.push('negation');
  // A slot filled differently is still a slot both fill: "Lavrov" stands where "Zakharova" stood.
  for (const m of hard) {
    if (!SWAPPABLE.has(m.kind)) continue;
    const theirs = [`e:${m.record}`, m.record, m.record.slice(0, 4)].find(
      (t) => p.terms.includes(t) && !shared.has(t),
    );
    if (theirs) covered += weight(theirs);
  }
  const coverage = total > 0 ? Math.min(1, covered / total) : 0;
  const precision = sentenceTotal > 0 ? Math.min(1, covered / sentenceTotal) : 0;
  return { phrasing, coverage, precision, score: fScore(coverage, precision), aligned, hard, soft, shared };
}

// Readings as many on both sides pair up one to one by sign ("never cancelled ... to be held" has
// two of one sign, the record's "cancelled ... to be held" one of each); otherwise each of the
// sentence's needs one of its sign, since a phrasing may say more ("the CSTO has not fulfilled
// ..., while Armenia has fulfilled its own").
function everyReadingPaired(ours: Pred[], theirs: Pred[]): boolean {
  const negative = (list: Pred[]) => list.filter((p) => p.polarity === -1).length;
  if (ours.length === theirs.length) return negative(ours) === negative(theirs);
  return ours.every((a) => theirs.some((b) => b.polarity === a.polarity));
}

const reporting = (p: Pred) => p.kind === 'speech' || p.kind === 'directive';

function deniesReporting(sentence: Analysis, theirs: Pred[]): boolean {
  const concepts = new Set(theirs.map((t) => t.concept));
  return sentence.preds.some(
    (said) =>
      reporting(said) &&
      said.polarity === -1 &&
      (concepts.size === 0 ||
        sentence.preds.some(
          (q) =>
            concepts.has(q.concept) &&
            ((q.at > said.last && !breakBetween(sentence, said.last, q.at)) ||
              reportsBefore(sentence, said, q)),
        )),
  );
}

// A reporting tail ("..., Pashinyan did not say") reports what stands before it: the tail's clause
// names who did not say it and holds no predicate of its own besides the telling. ", without
// saying when" names no one: it denies only a detail.
function reportsBefore(sentence: Analysis, said: Pred, q: Pred): boolean {
  if (q.at >= said.at || !breakBetween(sentence, q.at, said.at)) return false;
  const speaker = sentence.entities.some(
    (e) => !e.adjective && e.at > q.at && e.at < said.at && !breakBetween(sentence, e.at, said.at),
  );
  if (!speaker) return false;
  return !sentence.preds.some(
    (o) => o !== said && !reporting(o) && o.at > q.at && !breakBetween(sentence, o.at, said.at),
  );
}

// Recall-weighted F (beta 2): news sentences carry detail the record's phrasing leaves out.
function fScore(coverage: number, precision: number): number {
  return coverage + precision > 0 ? (5 * coverage * precision) / (4 * precision + coverage) : 0;
}

interface PairResult {
  hard?: Mismatch;
  soft?: string;
}

const rank = (r: PairResult) => (r.hard ? 2 : r.soft ? 1 : 0);

/** Whether the claim has this doer doing what the phrasing's predicate says (see stance.ts). */
export type DoerCheck = (theirs: Pred, doer: Actor, phrasing: Analysis) => boolean;

function comparePreds(
  s: Pred,
  t: Pred,
  analyzer: Analyzer,
  doesIt: DoerCheck,
  phrasing: Analysis,
): PairResult {
  const concept = s.concept;
  const state = s.kind === 'state';
  const deontic = (s.modality === 'deontic') !== (t.modality === 'deontic');
  if (deontic) return { soft: s.polarity === t.polarity ? 'deontic' : 'modality and polarity' };
  let result: PairResult = {};
  // "froze it de facto" and "may freeze it de jure" are two different freezes, both true.
  if (state && s.qualifier && t.qualifier && s.qualifier !== t.qualifier && s.modality !== t.modality)
    return { soft: 'qualifier and modality' };
  if (s.polarity !== t.polarity) {
    // "will skip" and "did not attend" are the same event seen from two dates; "will leave" and
    // "has not left" are two states that can both be true.
    const comparable =
      s.modality === t.modality || (!state && s.modality !== 'possible' && t.modality !== 'possible');
    result = comparable
      ? { hard: { kind: 'polarity', concept, sentence: sign(s.polarity), record: sign(t.polarity) } }
      : { soft: 'modality and polarity' };
  } else if (s.modality !== t.modality) {
    // "Armenia has left" against "Armenia will leave" / "could freeze": the sentence claims more.
    // Otherwise a different modality only means the two do not say the same thing: "could leave"
    // neither backs nor denies "will leave". Tense is perspective for events ("will skip", "skipped").
    const perspective = !state && s.modality !== 'possible' && t.modality !== 'possible';
    // A record that qualifies it ("may formally freeze") says nothing against a sentence that does not.
    const unqualified = t.qualifier !== null && s.qualifier === null;
    if (
      state &&
      !unqualified &&
      s.polarity === 1 &&
      s.past &&
      s.modality === 'realized' &&
      (t.modality === 'future' || t.modality === 'possible')
    ) {
      result = { hard: { kind: 'modality', concept, sentence: s.modality, record: t.modality } };
    } else if (!perspective) result = { soft: 'modality' };
  }
  if (!result.hard && state && s.qualifier && t.qualifier && s.qualifier !== t.qualifier) {
    result = { hard: { kind: 'qualifier', concept, sentence: s.qualifier, record: t.qualifier } };
  }
  // Who did it and to whom: only an act with one doer (who placed the call) makes another name a
  // conflict; "Grigoryan skipped it" does not deny "Pashinyan skipped it".
  const exclusive = EXCLUSIVE.has(concept);
  if (!result.hard && s.patient && t.patient && !analyzer.compatible(s.patient, t.patient)) {
    result = { soft: 'patient' };
  }
  if (!result.hard && s.agent && t.agent) {
    const a = s.agent.id;
    const b = t.agent.id;
    if (a && b && !analyzer.compatible(a, b)) {
      result = exclusive ? { hard: { kind: 'agent', concept, sentence: a, record: b } } : { soft: 'agent' };
    } else if (a && b && !analyzer.sameActor(a, b)) {
      // Eismont's call is not Lukashenko's, though she speaks for him: doubtful, not wrong.
      result = { soft: 'agent' };
    } else if (!result.soft && (a === null) !== (b === null)) {
      // "Pashinyan's freeze announcement" against "the announcement of the freeze": the phrasing
      // leaves out a doer the claim has doing it.
      if (!(s.agent && b === null && doesIt(t, s.agent, phrasing))) result = { soft: 'agent' };
    }
  }
  return result;
}

const sign = (p: 1 | -1) => (p === 1 ? 'yes' : 'no');

const NEGATION = /^(?:not|never|no|none|nothing|нет|не|никогда|ոչ|երբեք)$/;

function negations(a: Analysis): number {
  let n = 0;
  for (const t of a.tokens) if (NEGATION.test(t.norm) || /^չ(?:ի|են|էր|եմ|ենք)$/.test(t.norm)) n++;
  return n;
}
