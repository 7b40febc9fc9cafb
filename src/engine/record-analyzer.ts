import type { Entity } from '../record/types';
import { Analyzer } from './analyze/analyzer';
import type { Actor, Analysis, EntityMention } from './analyze/types';
import { GAZETTEER, type GazetteerEntry } from './lexicon/gazetteer';
import { compilePattern, PhraseMatcher } from './lexicon/matcher';

// The analyzer with the record's rules for names, as src/record/aliases.ts applies them: a
// contextual name ("prime minister", "Grigoryan", "MFA") names its entity only in a text that also
// plainly names the entity or one of its `near` entities (a city names its country), and a name
// inside one of the entity's `notWithin` names ("the West" in "the West Bank") names nobody. The
// analyzer matches every name; what the rules refuse is taken out of the analysis afterwards, so a
// refused "prime minister" leaves an unknown speaker, not Pashinyan.

interface Rules {
  /** Metonym cities and the state each stands for in terms. */
  standsFor: Map<string, string>;
  contextual: PhraseMatcher<string>;
  notWithin: PhraseMatcher<string>;
  near: Map<string, string[]>;
  within: Map<string, string>;
}

function rulesOf(entries: GazetteerEntry[]): Rules {
  const contextual = new PhraseMatcher<string>();
  const notWithin = new PhraseMatcher<string>();
  const near = new Map<string, string[]>();
  const within = new Map<string, string>();
  const standsFor = new Map<string, string>();
  for (const e of entries) {
    if (e.within) within.set(e.id, e.within);
    if (e.metonym && e.within) standsFor.set(e.id, e.within);
    if (e.contextual) {
      near.set(e.id, [e.id, ...e.contextual.near]);
      for (const name of e.contextual.names) contextual.add(compilePattern(name, e.id));
    }
    for (const name of e.notWithin ?? []) notWithin.add(compilePattern(name, e.id));
  }
  return { standsFor, contextual, notWithin, near, within };
}

/** The record's contextual names, as entities the analyzer adds to the ones it knows. */
function contextualNames(entries: GazetteerEntry[]): Entity[] {
  return entries
    .filter((e) => e.contextual)
    .map((e) => ({
      id: e.id,
      kind: e.kind,
      name: e.id,
      aliases: { en: e.contextual?.names ?? [], ru: [], hy: [] },
    }));
}

export class RecordAnalyzer extends Analyzer {
  private rules: Rules | undefined;

  /** Entities the bundled gazetteer lacks (a record of a test, say) are added with their aliases. */
  constructor(entities: Entity[] = []) {
    const known = new Set(GAZETTEER.map((e) => e.id));
    super([...contextualNames(GAZETTEER), ...entities.filter((e) => !known.has(e.id))]);
    this.rules = rulesOf(GAZETTEER);
  }

  override analyze(text: string): Analysis {
    const analysis = super.analyze(text);
    // The base constructor analyses roles before the rules exist; roles name plain entities.
    if (!this.rules) return analysis;
    const refused = refusedMentions(analysis, this.rules);
    const named = inStateTerms(
      refused.size > 0 ? without(analysis, refused) : analysis,
      this.rules.standsFor,
    );
    return withDatelineAnchored(text, named);
  }
}

function refusedMentions(analysis: Analysis, rules: Rules): Set<EntityMention> {
  const { tokens, entities } = analysis;
  // A contextual name is what the analyzer matched only if it spans the whole mention: "prime
  // minister of Armenia" is a plain name that begins with one.
  const contextualAt = new Map<number, { id: string; end: number }>();
  for (const m of rules.contextual.matchAll(tokens)) {
    contextualAt.set(m.from, { id: m.value, end: tokens[m.to - 1]?.end ?? -1 });
  }
  const excluded = rules.notWithin.matchAll(tokens);
  const refused = new Set<EntityMention>();
  for (const mention of entities) {
    if (excluded.some((x) => x.value === mention.id && x.from <= mention.at && mention.at < x.to)) {
      refused.add(mention);
    }
  }
  const isContextual = (m: EntityMention) => {
    const c = contextualAt.get(m.at);
    return c?.id === m.id && c.end === m.end;
  };
  const named = new Set<string>();
  for (const m of entities) {
    if (refused.has(m) || m.adjective || isContextual(m)) continue;
    for (let id: string | undefined = m.id; id && !named.has(id); id = rules.within.get(id)) named.add(id);
  }
  for (const m of entities) {
    if (isContextual(m) && !(rules.near.get(m.id) ?? []).some((id) => named.has(id))) refused.add(m);
  }
  return refused;
}

function without(analysis: Analysis, refused: Set<EntityMention>): Analysis {
  const entities = analysis.entities.filter((m) => !refused.has(m));
  const still = new Set(entities.map((m) => m.id));
  const gone = new Set([...refused].map((m) => m.id).filter((id) => !still.has(id)));
  const refusedToken = (i: number) => {
    const t = analysis.tokens[i];
    return t !== undefined && [...refused].some((m) => m.start <= t.start && t.end <= m.end);
  };
  const actor = (a: Actor | null): Actor | null =>
    a?.id && gone.has(a.id) && refusedToken(a.at) ? { id: null, at: a.at } : a;
  return {
    ...analysis,
    entities,
    terms: analysis.terms.filter((t) => !(t.startsWith('e:') && gone.has(t.slice(2)))),
    tokenTerms: analysis.tokenTerms.map((t, i) => (refusedToken(i) ? null : t)),
    speaker: actor(analysis.speaker),
    preds: analysis.preds.map((p) => ({
      ...p,
      agent: actor(p.agent),
      patient: p.patient && gone.has(p.patient) ? null : p.patient,
    })),
    places: analysis.places.filter((id) => !gone.has(id)),
    members: analysis.members.filter((id) => !gone.has(id)),
  };
}

// "Yerevan" in a sentence is searched and weighed as Armenia: as a city of its own it would be a
// rare term that crowds the words of the claim out of the search (the analyzer adds the state's term).
function inStateTerms(analysis: Analysis, standsFor: Map<string, string>): Analysis {
  const state = (term: string | null) => {
    const id = term?.startsWith('e:') ? standsFor.get(term.slice(2)) : undefined;
    return id ? `e:${id}` : term;
  };
  if (!analysis.terms.some((t) => state(t) !== t)) return analysis;
  return {
    ...analysis,
    terms: [...new Set(analysis.terms.map((t) => state(t) as string))],
    tokenTerms: analysis.tokenTerms.map(state),
  };
}

/** After a dateline's place: a comma, an opening bracket or a dash ("MOSCOW (Reuters) -"). */
const AFTER_DATELINE_PLACE = /^\s*[,(\-–—]/u;
/** A dateline ends at its dash or its first full stop ("ЕРЕВАН, 13 июня. /ТАСС/."). */
const DATELINE_END = /\s[-–—]\s|[.։]\s/u;
const DATELINE_MAX = 60;

// "YEREVAN, June 13 (Reuters) - Pashinyan said ...": a sentence that opens with a place written in
// capitals opens with a dateline, and its date is the day of the report, not of anything reported.
// The record dates events, so read as an event's date it would contradict every report of an
// earlier day.
function withDatelineAnchored(text: string, analysis: Analysis): Analysis {
  const first = analysis.entities[0];
  if (first?.kind !== 'place' || first.adjective || text.slice(0, first.start).trim() !== '') {
    return analysis;
  }
  const place = text.slice(first.start, first.end);
  if (place !== place.toLocaleUpperCase() || !AFTER_DATELINE_PLACE.test(text.slice(first.end)))
    return analysis;
  const rest = text.slice(first.end, first.end + DATELINE_MAX);
  const close = rest.search(DATELINE_END);
  if (close < 0) return analysis;
  const end = first.end + close;
  if (!analysis.dates.some((d) => d.end <= end && !d.anchor)) return analysis;
  return { ...analysis, dates: analysis.dates.map((d) => (d.end <= end ? { ...d, anchor: true } : d)) };
}
