import words from '../../../data/lexicon/words.json';
import { flattenForms } from '../lexicon/concepts';
import type { Token } from '../text/tokenize';
import type { DateSlot } from './dates';
import type { Item } from './scope';
import type { Pred } from './types';

// What the words imply beyond what they name: "travel to Minsk for the summit" is attending it,
// "told him to" is advice, and a time given for a future change says a date was set for it.

/** When a change will happen, when it is not a date: "next year", "by the end of 2025", "within months". */
const RELATIVE_TIME =
  /\b(?:(?:next|this|coming)\s+(?:year|month|week|spring|summer|autumn|fall|winter)|by\s+the\s+end\s+of|within\s+(?:a|the\s+next|\w+)\s+(?:years?|months?|weeks?)|in\s+(?:a|\w+)\s+(?:years?|months?)(?:\s+time)?)\b|(?:в\s+следующем\s+году|до\s+конца\s+(?:года|месяца)|в\s+течение\s+(?:года|месяца|\S+\s+месяцев))|(?:հաջորդ\s+տար|մինչև\s+տարեվերջ)/giu;
const DATED_CHANGE = 12;

// "Armenia will leave the CSTO next year / in 2026 / on January 1": a time given for a future
// change of state says a date was set for it, and is not when anything happened. The record can
// then say that no date was given ("will leave, without giving any dates").
export function dateForChange(text: string, tokens: Token[], preds: Pred[], dates: DateSlot[]): void {
  if (preds.some((p) => p.concept === 'set-date')) return;
  const times = [
    // Deadlines count too: "will leave by 2026".
    ...dates.map((d) => d.start),
    ...[...text.matchAll(RELATIVE_TIME)].map((m) => m.index ?? 0),
  ];
  if (times.length === 0) return;
  for (const p of preds) {
    if (p.kind !== 'state' || p.modality !== 'future' || p.polarity !== 1) continue;
    // The time must follow the change in the same clause, before any "Pashinyan said".
    const speech = preds.find((s) => s.kind === 'speech' && s.at > p.at);
    const next = tokens.findIndex((tok, i) => i > p.last && tok.breakBefore);
    const limit = Math.min(
      speech?.start ?? Number.POSITIVE_INFINITY,
      next >= 0 ? (tokens[next] as Token).start : Number.POSITIVE_INFINITY,
    );
    const at = times.find((s) => s > p.end && s < limit && tokensBetween(tokens, p.end, s) <= DATED_CHANGE);
    if (at === undefined) continue;
    preds.push({
      ...p,
      concept: 'set-date',
      kind: 'event',
      patient: null,
      start: at,
      end: at,
      synthetic: true,
    });
    return;
  }
}

function tokensBetween(tokens: Token[], from: number, to: number): number {
  let n = 0;
  for (const t of tokens) if (t.start >= from && t.end <= to) n++;
  return n;
}

const TELL = /^(?:tell|tells|told|telling)$/;
const OBJECT_WORDS = new Set(['him', 'her', 'them', 'the', 'his', 'its', 'their']);

// "told Pashinyan to take his time" is advice, like "urged him to": what follows is what he
// should do, not what he did. "told reporters that ..." stays a reporting verb.
export function markTellTo(tokens: Token[], items: Item[]): void {
  for (const [n, item] of items.entries()) {
    if (item.unit.type !== 'concept' || item.unit.id !== 'say' || !TELL.test(tokens[item.at]?.norm ?? ''))
      continue;
    for (let j = item.last + 1; j <= item.last + 4 && j < tokens.length; j++) {
      const token = tokens[j] as Token;
      if (token.breakBefore) break;
      if (token.norm === 'to' || (token.norm === 'not' && tokens[j + 1]?.norm === 'to')) {
        if (j > item.last + 1)
          items[n] = { ...item, unit: { type: 'concept', id: 'advise', kind: 'directive', neg: false } };
        break;
      }
      const entity = items.some((i) => i.unit.type === 'entity' && i.at <= j && j <= i.last);
      if (!entity && !OBJECT_WORDS.has(token.norm) && !token.cap) break;
    }
  }
}

// "will not travel to Minsk for the summit" is about attending it.
export function attendByTravel(preds: Pred[]): void {
  for (const visit of preds.filter((p) => p.concept === 'visit')) {
    const summit = preds.find((p) => p.concept === 'summit' && p.at > visit.at && p.at - visit.at <= 8);
    if (summit && !preds.some((p) => p.concept === 'attend')) {
      preds.push({ ...visit, concept: 'attend', kind: 'event', patient: null });
    }
  }
}

const AFTER_MOTION = new Set(flattenForms(words.purposeAfterMotion));
const MOTION = new Set(['visit']);
/** How far an adverb may stand between the purpose marker and its verb ("in order to formally sign"). */
const PURPOSE_GAP = 2;

// "went to Moscow to sign", "in order to", "чтобы подписать", "որպեսզի ստորագրի" (purpose cues in
// cues.json; the bare "to" after a motion in words.json): what someone
// went somewhere or acted to do is an aim, not a fact made. The act is only possible; the going
// stays what it was.
export function purposeOf(tokens: Token[], preds: Pred[], markers: number[]): void {
  for (const p of preds) {
    if (p.synthetic || p.modality !== 'realized' || (p.kind !== 'event' && p.kind !== 'state')) continue;
    const motion = preds.some(
      (q) => MOTION.has(q.concept) && q.last < p.at - 1 && !clauseBreak(tokens, q.last, p.at),
    );
    // Going somewhere to attend is attending ("flew to Minsk to join the leaders at the summit").
    if (motion && p.concept === 'attend') continue;
    const marked =
      markerBefore(tokens, p.at, (end) => markers.includes(end)) ||
      (motion && markerBefore(tokens, p.at, (end) => AFTER_MOTION.has(tokens[end]?.norm ?? '')));
    if (marked) p.modality = 'possible';
  }
}

const PURPOSE_ENDINGS = flattenForms(words.purposeEndings);
/** How far the attending may stand after the going ("will not fly to Minsk for the CSTO's leaders to attend"). */
const TRAVEL_SPAN = 8;

// "will not go to Minsk to attend", "не поедет в Минск участвовать", "չի մեկնի Մինսկ՝
// մասնակցելու": attending that is the aim of a going is as done, or as not done, as the going.
// The aim is marked ("to", "in order to") or is the verb's purpose form (the Russian infinitive,
// the Armenian "-լու"), and the two share a clause: "did not go, but attended online" does not.
export function attendAsTravel(tokens: Token[], preds: Pred[], markers: number[]): void {
  for (const p of preds) {
    if (p.concept !== 'attend' || p.synthetic) continue;
    const motion = preds.findLast(
      (q) =>
        MOTION.has(q.concept) &&
        q.last < p.at &&
        p.at - q.last <= TRAVEL_SPAN &&
        !clauseBreak(tokens, q.last, p.at),
    );
    if (!motion) continue;
    const word = tokens[p.at]?.norm ?? '';
    if (!PURPOSE_ENDINGS.some((ending) => word.endsWith(ending)) && !aimMarked(tokens, p.at, markers))
      continue;
    p.polarity = motion.polarity;
    p.modality = motion.modality;
  }
}

// The marker stands right before the verb, adverbs aside; a name between them ("to Minsk but
// attended") makes the "to" the going's own.
function aimMarked(tokens: Token[], at: number, markers: number[]): boolean {
  for (let end = at - 1; end >= Math.max(0, at - 1 - PURPOSE_GAP); end--) {
    const token = tokens[end] as Token;
    if (tokens[end + 1]?.breakBefore) return false;
    if (markers.includes(end) || AFTER_MOTION.has(token.norm)) return true;
    if (token.cap) return false;
  }
  return false;
}

function markerBefore(tokens: Token[], at: number, ends: (end: number) => boolean): boolean {
  for (let end = at - 1; end >= Math.max(0, at - 1 - PURPOSE_GAP); end--) {
    if (tokens[end + 1]?.breakBefore) return false;
    if (ends(end)) return true;
  }
  return false;
}

function clauseBreak(tokens: Token[], from: number, to: number): boolean {
  for (let k = from + 1; k <= to; k++) if (tokens[k]?.breakBefore) return true;
  return false;
}
