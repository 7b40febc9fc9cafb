import type { Token } from '../text/tokenize';
import type { Modality, Unit } from './analyzer';

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
const DETERMINER_NO = /^(?:no|none|нет|никаких|никакого)$/;
/** "asked the CSTO to condemn": what is asked for has not happened. */
const GOVERNS = new Set(['request', 'offer']);
const MODAL_WINDOW = 8;
const QUALIFIER_BEFORE = 4;
const QUALIFIER_AFTER = 5;

export function scopeOf(tokens: Token[], items: Item[]): Map<Item, Scope> {
  // A condition starts a clause of its own: "would not be affected if it left" does not negate "left".
  const bounds = new Set(
    items
      .filter(
        (i) =>
          i.unit.type === 'cue' && (i.unit.cue === 'bound' || CONDITIONAL.test(tokens[i.at]?.norm ?? '')),
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
        if (
          (cue.unit.kind === 'directive' || GOVERNS.has(cue.unit.id)) &&
          before &&
          distance <= MODAL_WINDOW &&
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
      if (inside && !concord) polarity = -polarity as 1 | -1;
      else if (
        (kind === 'neg' || kind === 'deonticNeg') &&
        before &&
        !captured &&
        (own || distance <= NEG_WINDOW)
      ) {
        // Russian and Armenian stack negatives for one negation: "никогда не выйдет", "երբեք չի գա".
        if (!concord) polarity = -polarity as 1 | -1;
        lastNeg = cue.last;
      }
      // "received no notification", "has no plans": a determiner "no" negates the verb before it.
      else if (kind === 'neg' && cue.at === item.last + 1 && DETERMINER_NO.test(tokens[cue.at]?.norm ?? '')) {
        polarity = -polarity as 1 | -1;
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
      if ((kind === 'facto' || kind === 'jure') && item.unit.kind === 'state') {
        const after = cue.at > item.at && cue.at - item.at <= QUALIFIER_AFTER && open(item.at, cue.at);
        const near = (before && distance <= QUALIFIER_BEFORE) || after;
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

// "would" is the future of reported speech ("said he would not attend") unless the sentence is
// conditional ("would not be affected if it left") or counterfactual ("would have").
function futureOf(tokens: Token[], cue: Item, conditional: boolean): Modality {
  if (conditional) return 'possible';
  if (tokens[cue.at]?.norm === 'would' && tokens[cue.at + 1]?.norm === 'have') return 'possible';
  return 'future';
}
