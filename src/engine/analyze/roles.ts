import { AUXILIARIES, PREPOSITIONS, PRONOUNS, ROLE_NOUNS, STOP_WORDS } from '../lexicon/cues';
import type { Token } from '../text/tokenize';
import type { Item } from './scope';
import type { Actor, Pred } from './types';

// Who does what to whom: the agent of each predicate (the subject on its left, "by" after a
// passive, "said Pashinyan" after a reporting verb, a possessor before a noun), the speaker of
// the sentence, and the patient (who or what a predicate is done to). Word order and a few
// function words only: no parser, so anything unclear is left unknown rather than guessed.

const FEELINGS = new Set(['calm', 'regret', 'discontent', 'surprise']);
const MEMBERS = new Set(['member', 'members']);
const DENIALS = /^(?:rule|ruled|rules|ruling|deny|denies|denied|denying)$/;
const HY_OBLIQUE = /(?:ին|ից|ով|ում)$/;

export function findAgents(
  tokens: Token[],
  items: Item[],
  unitAt: (Item | undefined)[],
  preds: Pred[],
): Actor | null {
  let speaker: Actor | null = null;
  let firstPerson: Actor | null = null;
  for (const item of items) {
    if (item.unit.type === 'entity' && item.unit.kind === 'person' && !firstPerson)
      firstPerson = { id: item.unit.id, at: item.at };
  }
  const resolve = (actor: Actor | null, token: Token | undefined): Actor | null => {
    if (!actor || !token || !PRONOUNS.has(token.norm)) return actor;
    if (['it', 'they', 'them', 'its', 'their', 'они', 'նրանք'].includes(token.norm)) return null;
    return speaker ?? firstPerson;
  };
  for (const pred of preds) {
    if (pred.kind === 'topic') continue;
    const speech = pred.kind === 'speech' || pred.kind === 'directive';
    // "Pashinyan's statements" are his; "Pashinyan's remarks, Putin said" are Putin's words.
    let agent =
      passiveAgent(tokens, unitAt, pred) ??
      leftAgent(tokens, unitAt, pred.at) ??
      (speech ? null : possessor(tokens, unitAt, pred));
    agent ??= judgedAgent(tokens, unitAt, pred);
    if (agent && agent.id === '?pronoun') agent = resolve({ id: null, at: agent.at }, tokens[agent.at]);
    if (!agent && (pred.kind === 'speech' || pred.kind === 'directive'))
      agent = rightAgent(tokens, unitAt, pred) ?? clauseSubject(tokens, unitAt, pred, preds);
    pred.agent = agent;
    // "asked Yerevan to explain", "Pashinyan should explain": words asked for are not yet said.
    if (speech && agent && !speaker && pred.modality !== 'deontic') speaker = agent;
  }
  // "Pashinyan ruled out leaving", "Moscow denies that": a denial names who speaks.
  if (!speaker) {
    const denial = items.find(
      (i) => i.unit.type === 'cue' && i.unit.cue === 'neg' && DENIALS.test(tokens[i.at]?.norm ?? ''),
    );
    if (denial) speaker = leftAgent(tokens, unitAt, denial.at);
  }
  return speaker;
}

function actorAt(tokens: Token[], unitAt: (Item | undefined)[], j: number): Actor | 'skip' | 'stop' {
  const token = tokens[j];
  if (!token) return 'stop';
  const item = unitAt[j];
  if (item?.unit.type === 'entity') {
    const u = item.unit;
    if (u.adjective) return 'stop';
    if (afterPreposition(tokens, item.at)) return 'stop';
    // Armenian marks who is addressed by case (Փաշինյանին, "to Pashinyan"): not the subject.
    if (token.script === 'armenian' && HY_OBLIQUE.test(token.hyphenCase ?? token.norm)) return 'skip';
    // "Armenia's parliament speaker": a possessive names whose, not who.
    const lastToken = tokens[item.last];
    if (lastToken?.poss && j === item.last) return 'stop';
    // "Armenia's CSTO freeze", "its CSTO membership": a bloc's name after a possessor says what is
    // frozen or held, and the possessor is who does it ("Armenia's allies" are still the allies).
    if (u.kind === 'organisation' && token.cap && ownedBefore(tokens, item.at)) return 'stop';
    return { id: u.id, at: item.at };
  }
  if (item?.unit.type === 'cue') return 'skip';
  if (PRONOUNS.has(token.norm)) return { id: '?pronoun', at: j };
  if (ROLE_NOUNS.has(token.norm)) return { id: proxyOf(tokens, unitAt, j), at: j };
  // "Yerevan is systematically destroying": adverbs stand between a subject and its verb.
  if (AUXILIARIES.has(token.norm) || isAdverb(token)) return 'skip';
  // A capitalised word inside the sentence that the record does not know: someone else's name.
  if (token.cap && j > 0 && token.script !== 'number' && !item && !STOP_WORDS.has(token.norm))
    return { id: null, at: j };
  return 'stop';
}

const POSSESSIVE_DETERMINERS = new Set(['its', 'their', 'his', 'her', 'our']);

function ownedBefore(tokens: Token[], at: number): boolean {
  const before = tokens[at - 1];
  if (!before || tokens[at]?.breakBefore || before.script !== 'latin') return false;
  return before.poss || POSSESSIVE_DETERMINERS.has(before.norm);
}

// "Lukashenko's press secretary", "Pashinyan's office", "his spokesman": someone speaking for a
// person the record knows. A country's officials ("Armenia's parliament speaker") stay unknown.
function proxyOf(tokens: Token[], unitAt: (Item | undefined)[], j: number): string | null {
  for (let k = j - 1; k >= Math.max(0, j - 3); k--) {
    if (tokens[k + 1]?.breakBefore) return null;
    const item = unitAt[k];
    if (item?.unit.type === 'entity') {
      const person = item.unit.kind === 'person' && tokens[item.last]?.poss;
      // "CSTO members" act as the bloc does ("CSTO members did not help" is the CSTO not helping).
      const members = item.unit.kind === 'organisation' && MEMBERS.has((tokens[j] as Token).norm);
      return person || members ? item.unit.id : null;
    }
    const norm = (tokens[k] as Token).norm;
    if (norm === 'his' || norm === 'her') {
      const first = unitAt.find((u) => u?.unit.type === 'entity' && u.unit.kind === 'person');
      return first?.unit.type === 'entity' && first.at < k ? first.unit.id : null;
    }
  }
  return null;
}

function leftAgent(tokens: Token[], unitAt: (Item | undefined)[], at: number): Actor | null {
  // "Pashinian decided not to attend", "Lavrov wants to visit": the subject of the verb that
  // governs an infinitive does what the infinitive says; one such verb is passed over.
  let infinitive = false;
  let governor = false;
  let passedTo = false;
  for (let j = at - 1; j >= 0 && at - j <= 6; j--) {
    if (tokens[j + 1]?.breakBefore) return null;
    if (tokens[j]?.norm === 'to') passedTo = true;
    if (!infinitive && tokens[j]?.norm === 'to' && !unitAt[j]) {
      infinitive = true;
      continue;
    }
    const hit = actorAt(tokens, unitAt, j);
    if (hit === 'stop' && infinitive && !governor && tokens[j]?.script === 'latin' && !tokens[j]?.cap) {
      governor = true;
      continue;
    }
    // "Peskov's decision not to attend": whose decision it is, is who would attend.
    const owner = unitAt[j];
    if (
      hit === 'stop' &&
      passedTo &&
      owner?.unit.type === 'entity' &&
      !owner.unit.adjective &&
      tokens[j]?.poss
    )
      return { id: owner.unit.id, at: owner.at };
    if (hit === 'stop') return null;
    if (hit === 'skip') continue;
    return hit;
  }
  return null;
}

const isAdverb = (token: Token) =>
  token.script === 'latin' && token.norm.endsWith('ly') && token.norm.length > 4;

/** Verbs that judge someone for an act: "accused X of helping", "praised X for backing". */
const JUDGING = new Set(['accuse', 'praise']);
const JUDGED_ACT = new Set(['of', 'for', 'в', 'за']);

// "accused two CSTO member states of helping Azerbaijan": the one accused did the helping. The
// object of the judging verb (the first entity between it and "of"/"for") is the act's agent.
function judgedAgent(tokens: Token[], unitAt: (Item | undefined)[], pred: Pred): Actor | null {
  if (pred.kind === 'topic' || pred.kind === 'speech' || pred.kind === 'directive') return null;
  // "accused Yerevan of deliberately ruining": an adverb may stand before the act.
  let of = pred.at - 1;
  while (of > 0 && isAdverb(tokens[of] as Token)) of--;
  if (!JUDGED_ACT.has(tokens[of]?.norm ?? '')) return null;
  let object: Actor | null = null;
  for (let j = of - 1; j >= 0 && pred.at - j <= 7; j--) {
    if (tokens[j + 1]?.breakBefore) return null;
    const item = unitAt[j];
    if (item?.unit.type === 'entity' && !item.unit.adjective) object = { id: item.unit.id, at: item.at };
    else if (item?.unit.type === 'concept' && JUDGING.has(item.unit.id)) return object;
    else if (item?.unit.type === 'concept' && item.unit.kind !== 'topic') return null;
  }
  return null;
}

// "was initiated by the Belarusian leader": the agent follows "by".
function passiveAgent(tokens: Token[], unitAt: (Item | undefined)[], pred: Pred): Actor | null {
  // "was outraged by Pashinyan's decision": who feels it is the subject; "by" names the cause.
  if (FEELINGS.has(pred.concept)) return null;
  let j = pred.at + 1;
  while (unitAt[j] && unitAt[j] === unitAt[pred.at]) j++;
  if (tokens[j]?.norm !== 'by') return null;
  for (let k = j + 1; k <= j + 3 && k < tokens.length; k++) {
    const item = unitAt[k];
    if (item?.unit.type === 'entity' && !item.unit.adjective) return { id: item.unit.id, at: item.at };
    if (tokens[k] && ROLE_NOUNS.has((tokens[k] as Token).norm)) return { id: null, at: k };
  }
  return null;
}

// "…, said Pashinyan" and "according to Lavrov".
// "said Pashinyan" names who spoke, but "telling Lukashenko", "warned Moscow" name who was spoken to.
const ADDRESSING =
  /^(?:tell|tells|told|telling|inform|informs|informed|informing|assure|assures|assured|assuring|warn|warns|warned|warning|urge|urges|urged|urging|remind|reminds|reminded|reminding|ask|asks|asked|asking)$/;

function rightAgent(tokens: Token[], unitAt: (Item | undefined)[], pred: Pred): Actor | null {
  if (ADDRESSING.test(tokens[pred.at]?.norm ?? '')) return null;
  let j = pred.at + 1;
  while (unitAt[j] && unitAt[j] === unitAt[pred.at]) j++;
  for (let k = j; k <= j + 2 && k < tokens.length; k++) {
    const item = unitAt[k];
    if (item?.unit.type === 'entity' && !item.unit.adjective && item.unit.kind !== 'place')
      return { id: item.unit.id, at: item.at };
    if (!STOP_WORDS.has((tokens[k] as Token).norm)) return null;
  }
  return null;
}

/** How far a clause's first name may stand from its reporting verb, adjuncts between. */
const SUBJECT_SPAN = 12;

// "Пашинян в телефонном разговоре с Лукашенко сообщил", "Փաշինյանը խորհրդարանում հայտարարել
// է": Russian and Armenian put where and with whom between the speaker and the verb. The name
// that opens the clause speaks, unless a verb written as done stands between (it has its own).
function clauseSubject(
  tokens: Token[],
  unitAt: (Item | undefined)[],
  pred: Pred,
  preds: Pred[],
): Actor | null {
  let start = pred.at;
  while (start > 0 && !tokens[start]?.breakBefore) start--;
  if (pred.at - start > SUBJECT_SPAN) return null;
  const item = unitAt[start];
  if (item?.unit.type !== 'entity' || item.at !== start || item.unit.adjective) return null;
  if (item.unit.kind !== 'person' && item.unit.kind !== 'organisation') return null;
  const token = tokens[item.last] as Token;
  if (token.poss || (token.script === 'armenian' && HY_OBLIQUE.test(token.hyphenCase ?? token.norm)))
    return null;
  if (token.script === 'latin') return null;
  if (preds.some((q) => q !== pred && q.past && q.at > item.last && q.at < pred.at)) return null;
  return { id: item.unit.id, at: item.at };
}

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that']);

/** "summit in the Belarusian capital", "membership of the CSTO": not a subject. */
function afterPreposition(tokens: Token[], at: number): boolean {
  let j = at - 1;
  while (j >= 0 && DETERMINERS.has((tokens[j] as Token).norm) && !tokens[j + 1]?.breakBefore) j--;
  const before = tokens[j];
  return before !== undefined && !tokens[j + 1]?.breakBefore && PREPOSITIONS.has(before.norm);
}

// The entity right after a verb ("helped Azerbaijan"), or a possessive right before a noun
// ("Armenia's aid"). Pronouns and anything further away are left unknown.
export function patientOf(
  tokens: Token[],
  unitAt: (Item | undefined)[],
  item: Item,
  entities: Item[],
): string | null {
  if (item.unit.type !== 'concept' || item.unit.kind === 'topic' || item.unit.kind === 'speech') return null;
  // Help is done to whoever the phrase wraps: "came to Armenia's aid", "left Armenia alone",
  // "let Armenia down". (Not for other concepts: "pull Armenia out" wraps who leaves.)
  if (item.unit.id === 'help') {
    const inside = entities.find((e) => e.at > item.at && e.at < item.last);
    if (inside?.unit.type === 'entity' && !inside.unit.adjective) return inside.unit.id;
  }
  // "Armenia's aid" is aid to Armenia; "Armenia's exit" is Armenia's own (see findAgents).
  const before = unitAt[item.at - 1];
  if (
    item.unit.id === 'help' &&
    before?.unit.type === 'entity' &&
    tokens[before.last]?.poss &&
    !tokens[item.at]?.breakBefore
  ) {
    return before.unit.id;
  }
  for (let j = item.last + 1; j <= item.last + 3 && j < tokens.length; j++) {
    if (tokens[j]?.breakBefore) return null;
    const unit = unitAt[j]?.unit;
    // "supported by Russia" names the agent, but "stood by Armenia" uses "by" as part of the verb.
    const passive = tokens[j - 1]?.norm === 'by' && j - 1 > item.last;
    if (unit?.type === 'entity') return unit.adjective || passive ? null : unit.id;
    if (!DETERMINERS.has((tokens[j] as Token).norm)) return null;
  }
  return null;
}

/** "Armenia's withdrawal", "Pashinyan's decision": the possessor of a nominal predicate acts. */
function possessor(tokens: Token[], unitAt: (Item | undefined)[], pred: Pred): Actor | null {
  if (pred.concept === 'help') return null;
  const before = unitAt[pred.at - 1];
  if (before?.unit.type !== 'entity' || !tokens[before.last]?.poss || tokens[pred.at]?.breakBefore)
    return null;
  return { id: before.unit.id, at: before.at };
}
