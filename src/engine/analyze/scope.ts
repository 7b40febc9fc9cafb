import negationData from '../../../data/lexicon/negation.json';
import { AUXILIARIES, STOP_WORDS } from '../lexicon/cues';
import { foldYo, type Token } from '../text/tokenize';
import type { Modality, Unit } from './types';

// Negation, modality and de facto / de jure, each with a short forward scope (NegEx style) that
// stops at the end of a clause: in "did not attend, but sent a delegation" only "attend" is
// negated; in "said that he will leave" only "leave" is future.

export interface Item {
  unit: Unit;
  /** First and last token the phrase used. */
  at: number;
  last: number;
  start: number;
  end: number;
  /** A cue that belongs to the concept at the same token (Russian tense, Armenian prefixes). */
  own?: boolean;
}

export interface Scope {
  polarity: 1 | -1;
  modality: Modality;
  qualifier: 'facto' | 'jure' | null;
}

const NEG_WINDOW = 6;
const CONDITIONAL = /^(?:if|unless|если|եթե)$/;
const RULE_OUT = /^(?:rule|rules|ruled|ruling|исключ\p{L}*)$/u;
const DISJUNCTION = /^(?:or|nor|или|ни|կամ)$/;
const COORDINATION = /^(?:and|or|и|или|և|ու)$/;
const INFINITIVE = /^(?:to|not|never|не|չ.*)$/;
const DETERMINER_NO = /^(?:no|none|нет|никаких|никакого)$/;
/** Negations that govern a verb (not a noun, as "no" and "without" do), by their last word. */
const VERBAL_NEGATION =
  /^(?:not|never|cannot|longer|to|не|никогда|отказ\p{L}*|ոչ|երբեք|չ\p{L}*|հրաժարվ\p{L}*)$/u;
const PASSES = new Set(Object.values(negationData.passes).flat().map(foldYo));
const FINITE_NEGATION = new Set(Object.values(negationData.finite).flat());
const ADVERB = /^\p{Script=Latin}+ly$/u;
/** "asked the CSTO to condemn": what is asked for has not happened. */
const GOVERNS = new Set(['request', 'offer']);
const ASKS_THAT = /^(?:demand|request|ask|urg|insist)/;
const MODAL_WINDOW = 8;
// "a return is still possible", "выход возможен", "վերադարձը հնարավոր է": the possibility is said
// after the act it qualifies, as a predicate adjective, not as an auxiliary before it.
const POSSIBILITY_AFTER = 6;
const POSSIBILITY_WORD = /^(?:possible|option|возможн\p{L}*|հնարավոր\p{L}*)$/u;
// "as soon as possible" says how fast, not whether.
const NOT_PREDICATIVE = /^(?:as|if|when|where|wherever|whenever)$/;
const QUALIFIER_BEFORE = 4;
// "froze its participation in the CSTO de facto": the object can stand in between.
const QUALIFIER_AFTER = 7;

/** `used` collects the negations that reach a predicate; the others negate something unnamed. */
export function scopeOf(tokens: Token[], items: Item[], used?: Set<Item>): Map<Item, Scope> {
  // A condition starts a clause of its own: "would not suffer if it quit" does not negate "quit".
  // "told him to take his time and not rush": "and" before "to" or "not" joins two things asked
  // for, so the request reaches both.
  const bounds = new Set(
    items
      .filter(
        (i) =>
          i.unit.type === 'cue' &&
          (i.unit.cue === 'bound' || CONDITIONAL.test(tokens[i.at]?.norm ?? '')) &&
          !(COORDINATION.test(tokens[i.at]?.norm ?? '') && INFINITIVE.test(tokens[i.at + 1]?.norm ?? '')),
      )
      .map((i) => i.at),
  );
  const open = (from: number, to: number) => {
    for (let k = from + 1; k <= to; k++) {
      if (tokens[k]?.breakBefore || (k < to && bounds.has(k))) return false;
    }
    return true;
  };
  const conditional = items.some(
    (i) => i.unit.type === 'cue' && i.unit.cue === 'possible' && CONDITIONAL.test(tokens[i.at]?.norm ?? ''),
  );
  const spans = items.filter((i) => i.unit.type === 'concept' && i.last > i.at + 1);
  // "decided not to attend the summit calmly": the negation takes the first act it meets, not
  // every act after it. Reporting verbs and topics pass it on ("has not said it will withdraw"),
  // and "or" carries it to the next act ("did not help or protect").
  const acts = items.filter(
    (i) => i.unit.type === 'concept' && (i.unit.kind === 'event' || i.unit.kind === 'state'),
  );
  const shielded = (cue: Item, item: Item) =>
    acts.some(
      (a) =>
        a !== item &&
        a.at > cue.last &&
        a.last < item.at &&
        !tokens.slice(a.last + 1, item.at).some((tok) => DISJUNCTION.test(tok.norm)),
    );
  // "asked Yerevan to explain the freeze": what is asked is the first act after the asking; an act
  // after that one is its object ("the freeze" is not asked for), unless "and" or "or" joins the
  // two ("urged it to return and attend").
  const governedBefore = (cue: Item, item: Item) =>
    items.some(
      (a) =>
        a !== item &&
        a.unit.type === 'concept' &&
        a.unit.kind !== 'topic' &&
        a.at > cue.last &&
        a.last < item.at &&
        !tokens.slice(a.last + 1, item.at).some((tok) => COORDINATION.test(tok.norm)),
    );
  const anyActBetween = (from: number, to: number) =>
    items.some((i) => i.unit.type === 'concept' && i.unit.kind !== 'topic' && i.at > from && i.last < to);
  // "going back to full membership ... is possible": acts written one straight after another
  // are one noun phrase, and what is said of it is said of each.
  const nounPhraseEnd = (item: Item): number => {
    let end = item.last;
    for (const next of acts) if (next.at === end + 1) end = next.last;
    return end;
  };
  const verbAt = negatedVerbs(tokens, items);
  const out = new Map<Item, Scope>();
  for (const item of items) {
    if (item.unit.type !== 'concept') continue;
    let polarity: 1 | -1 = item.unit.neg ? -1 : 1;
    let modality: Modality = 'realized';
    let modalAt = -1;
    let modalOwn = false;
    let qualifier: Scope['qualifier'] = null;
    let qualifierDistance = Number.POSITIVE_INFINITY;
    let lastNeg = Number.NEGATIVE_INFINITY;
    for (const cue of items) {
      if (cue === item) continue;
      const own = cue.own === true && cue.at === item.at;
      if (cue.own && !own) continue;
      const before = own || (cue.last < item.at && open(cue.last, item.at));
      const distance = item.at - cue.last;
      if (cue.unit.type === 'concept') {
        // "demanded that Yerevan explain": what is asked may follow "that" (and "explain" is
        // then no statement of Yerevan's); "expects that" and "said that" assert.
        const asked =
          before ||
          (tokens[cue.last + 1]?.norm === 'that' &&
            ASKS_THAT.test(tokens[cue.at]?.norm ?? '') &&
            cue.last + 1 < item.at &&
            open(cue.last + 1, item.at));
        if (
          (cue.unit.kind === 'directive' || GOVERNS.has(cue.unit.id)) &&
          asked &&
          distance <= MODAL_WINDOW &&
          !governedBefore(cue, item) &&
          // "դիմում չի ստացել": an act negated as only a finite verb is, is no infinitive asked for.
          !FINITE_NEGATION.has(tokens[item.at - 1]?.norm ?? '') &&
          cue.last > modalAt &&
          !modalOwn
        ) {
          modality = 'deontic';
          modalAt = cue.last;
        }
        continue;
      }
      if (cue.unit.type !== 'cue') continue;
      const kind = cue.unit.cue;
      // A negation inside another phrase ("gave no date") belongs to that phrase alone.
      const inside = kind === 'neg' && cue.at > item.at && cue.at < item.last;
      const captured = kind === 'neg' && spans.some((o) => o !== item && cue.at > o.at && cue.at < o.last);
      const concord = cue.at - lastNeg <= 2 && tokens[cue.at]?.script !== 'latin';
      if (inside) {
        if (!concord) polarity = -polarity as 1 | -1;
        used?.add(cue);
      } else if (
        (kind === 'neg' || kind === 'deonticNeg') &&
        before &&
        !captured &&
        (own || (distance <= NEG_WINDOW && !shielded(cue, item) && !((verbAt.get(cue) ?? item.at) < item.at)))
      ) {
        // Russian and Armenian stack negatives for one negation: "никогда не выйдет", "երբեք չի գա".
        if (!concord) polarity = -polarity as 1 | -1;
        lastNeg = cue.last;
        used?.add(cue);
        // "ruled out leaving" says it will not happen, not that it has not (yet) happened.
        if (RULE_OUT.test(tokens[cue.at]?.norm ?? '') && modalAt < 0) {
          modality = 'future';
          modalAt = cue.last;
        }
      }
      // "received no notification", "has no plans": a determiner "no" negates the verb before it.
      else if (kind === 'neg' && cue.at === item.last + 1 && DETERMINER_NO.test(tokens[cue.at]?.norm ?? '')) {
        polarity = -polarity as 1 | -1;
        used?.add(cue);
      }
      if (
        (kind === 'future' || kind === 'possible' || kind === 'deontic' || kind === 'deonticNeg') &&
        before &&
        (own || distance <= MODAL_WINDOW)
      ) {
        if (own || (!modalOwn && cue.last > modalAt)) {
          modality =
            kind === 'future'
              ? futureOf(tokens, cue, conditional)
              : kind === 'possible'
                ? 'possible'
                : 'deontic';
          modalAt = cue.last;
          modalOwn = own;
        }
      }
      if (
        kind === 'possible' &&
        modality === 'realized' &&
        (item.unit.kind === 'state' || item.unit.kind === 'event') &&
        cue.at > item.last &&
        cue.at - item.last <= POSSIBILITY_AFTER &&
        POSSIBILITY_WORD.test(tokens[cue.last]?.norm ?? '') &&
        !NOT_PREDICATIVE.test(tokens[cue.at - 1]?.norm ?? '') &&
        open(item.last, cue.at) &&
        !anyActBetween(nounPhraseEnd(item), cue.at)
      ) {
        modality = 'possible';
        modalAt = cue.last;
      }
      if ((kind === 'facto' || kind === 'jure') && item.unit.kind === 'state') {
        const after = cue.at > item.at && cue.at - item.at <= QUALIFIER_AFTER && open(item.at, cue.at);
        // "officially explain the freezing": the nearest act takes the adverb.
        const near = (before && distance <= QUALIFIER_BEFORE && !anyActBetween(cue.last, item.at)) || after;
        const d = Math.abs(cue.at - item.at);
        if (near && d < qualifierDistance) {
          qualifier = kind;
          qualifierDistance = d;
        }
      }
    }
    out.set(item, { polarity, modality, qualifier });
  }
  return out;
}

// The word a verbal negation governs when the lexicon does not know it: the first word after the
// cue that no item covers and that is neither a function word nor an auxiliary. Everything after
// it is out of the negation's reach ("was not upset by the decision to skip" does not deny skipping).
function negatedVerbs(tokens: Token[], items: Item[]): Map<Item, number> {
  const covered = new Set<number>();
  for (const i of items) for (let k = i.at; k <= i.last; k++) covered.add(k);
  const out = new Map<Item, number>();
  for (const cue of items) {
    if (cue.unit.type !== 'cue' || cue.unit.cue !== 'neg' || cue.own) continue;
    if (!VERBAL_NEGATION.test(tokens[cue.last]?.norm ?? '')) continue;
    for (let k = cue.last + 1; k < tokens.length; k++) {
      const token = tokens[k] as Token;
      if (token.breakBefore || covered.has(k)) break;
      if (token.aside) continue;
      const norm = token.norm;
      if (STOP_WORDS.has(norm) || AUXILIARIES.has(norm) || PASSES.has(norm) || ADVERB.test(norm)) continue;
      if (token.script === 'number') break;
      out.set(cue, k);
      break;
    }
  }
  return out;
}

// "would" is the future of reported speech ("said he would not attend") unless the sentence is
// conditional ("would not suffer if it quit") or counterfactual ("would have").
function futureOf(tokens: Token[], cue: Item, conditional: boolean): Modality {
  if (conditional) return 'possible';
  if (tokens[cue.at]?.norm === 'would' && tokens[cue.at + 1]?.norm === 'have') return 'possible';
  return 'future';
}
