import type { Entity } from '../../record/types';
import { CONCEPTS } from '../lexicon/concepts';
import { AUXILIARIES, CUES, type CueKind, PREPOSITIONS, STOP_WORDS } from '../lexicon/cues';
import { GAZETTEER } from '../lexicon/gazetteer';
import { compilePattern, PhraseMatcher } from '../lexicon/matcher';
import { type Token, tokenize } from '../text/tokenize';
import { absentWithout } from './absence';
import { bridgeAsides } from './asides';
import { findDates } from './dates';
import { attendAsTravel, attendByTravel, dateForChange, markTellTo, purposeOf } from './implied';
import { findNumbers, numberWord } from './numbers';
import { assertedOnly } from './questions';
import { findAgents, patientOf } from './roles';
import { type Item, scopeOf } from './scope';
import { isPast, markTense } from './tense';
import type { Analysis, EntityInfo, EntityMention, Pred, Unit } from './types';
import { unnamedPlaces } from './unnamed-places';

// Turns a sentence (or a record phrasing: both go through here) into what the stance rules
// compare: canonical terms for similarity and search, predicates with polarity, modality and
// agent, the speaker, and the slots (dates, event places, counts, member lists).

const NEGATING_PREPOSITION = /^(?:without|instead|rather|lack|far|без|вместо|առանց|փոխարեն)$/;
const HY_NEG = 'չ';
const HY_FUTURE = 'կ';
const EVENT_ANCHORS = new Set(['summit', 'exercise', 'attend', 'host', 'visit', 'meet']);
const LOCATIVE = new Set(['in', 'at', 'to', 'в', 'во', 'на']);

export class Analyzer {
  readonly entities = new Map<string, EntityInfo>();
  private matcher = new PhraseMatcher<Unit>();

  constructor(recordEntities: Entity[] = []) {
    for (const [cue, forms] of Object.entries(CUES) as [CueKind, string[]][]) {
      for (const form of forms) this.matcher.add(compilePattern(form, { type: 'cue', cue }));
    }
    const parents = new Map<string, string[]>();
    for (const entry of GAZETTEER) {
      this.entities.set(entry.id, {
        kind: entry.kind,
        ancestors: new Set(),
        within: entry.within ?? null,
        leads: new Set(entry.leads ?? []),
      });
      parents.set(entry.id, entry.parents ?? (entry.within ? [entry.within] : []));
      const unit: Unit = { type: 'entity', id: entry.id, kind: entry.kind, adjective: false };
      for (const name of entry.names) this.matcher.add(compilePattern(name, unit));
      for (const adjective of entry.adjectives ?? []) {
        this.matcher.add(compilePattern(adjective, { ...unit, adjective: true }));
      }
    }
    for (const concept of CONCEPTS) {
      for (const form of concept.pos) {
        this.matcher.add(
          compilePattern(form, { type: 'concept', id: concept.id, kind: concept.kind, neg: false }),
        );
      }
      for (const form of concept.neg ?? []) {
        this.matcher.add(
          compilePattern(form, { type: 'concept', id: concept.id, kind: concept.kind, neg: true }),
        );
      }
    }
    // The record's own aliases come last, so a name the gazetteer already places wins.
    const fresh: Entity[] = [];
    for (const entity of recordEntities) {
      if (entity.kind === 'event') continue;
      if (!this.entities.has(entity.id)) {
        this.entities.set(entity.id, {
          kind: entity.kind,
          ancestors: new Set(),
          within: null,
          leads: new Set(),
        });
        fresh.push(entity);
      }
      const unit: Unit = { type: 'entity', id: entity.id, kind: entity.kind, adjective: false };
      for (const alias of [...entity.aliases.en, ...entity.aliases.ru, ...entity.aliases.hy]) {
        this.matcher.add(compilePattern(alias.replace(/['’]s\b/g, ''), unit));
      }
    }
    // A new person's role ("Pro-government member of Armenia's parliament") says whom they speak for.
    for (const entity of fresh) {
      if (!entity.role) continue;
      const found = this.analyze(entity.role).entities.map((e) => e.id);
      parents.set(
        entity.id,
        found.filter((id) => id !== entity.id),
      );
    }
    for (const [id, info] of this.entities) {
      const queue = [...(parents.get(id) ?? [])];
      while (queue.length) {
        const next = queue.shift() as string;
        if (info.ancestors.has(next) || next === id) continue;
        info.ancestors.add(next);
        queue.push(...(parents.get(next) ?? []));
      }
    }
  }

  analyze(text: string): Analysis {
    const tokens = tokenize(text);
    const flags = this.armenianPrefixes(tokens);
    const items: Item[] = this.matcher.matchAll(tokens).map((m) => {
      const first = m.used[0] ?? m.from;
      const last = m.used[m.used.length - 1] ?? first;
      return {
        unit: m.value,
        at: first,
        last,
        start: tokens[first]?.start ?? 0,
        end: tokens[last]?.end ?? 0,
      };
    });
    for (const [at, cue] of flags)
      items.push({ unit: { type: 'cue', cue }, at, last: at, start: 0, end: 0, own: true });
    this.markAgainst(tokens, items);
    markTellTo(tokens, items);
    markTense(tokens, items);
    bridgeAsides(text, tokens, items);
    items.sort((a, b) => a.at - b.at || (a.unit.type === 'cue' ? -1 : 1));

    const unitAt = new Array<Item | undefined>(tokens.length);
    for (const item of items) for (let i = item.at; i <= item.last; i++) unitAt[i] ??= item;

    const entities: EntityMention[] = items
      .filter((i) => i.unit.type === 'entity')
      .map((i) => {
        const u = i.unit as Extract<Unit, { type: 'entity' }>;
        return { id: u.id, kind: u.kind, adjective: u.adjective, at: i.at, start: i.start, end: i.end };
      });
    const entityItems = items.filter((i) => i.unit.type === 'entity');
    const reached = new Set<Item>();
    const scope = scopeOf(tokens, items, reached);
    // Prepositions that negate ("without Pashinyan", "instead of Moscow") name what is absent,
    // not an assertion denied: only sentential negations count.
    const looseNegations = items.filter(
      (i) =>
        i.unit.type === 'cue' &&
        i.unit.cue === 'neg' &&
        !reached.has(i) &&
        !NEGATING_PREPOSITION.test(tokens[i.at]?.norm ?? ''),
    ).length;
    const preds: Pred[] = [];
    for (const item of items) {
      if (item.unit.type !== 'concept') continue;
      const s = scope.get(item);
      preds.push({
        concept: item.unit.id,
        kind: item.unit.kind,
        polarity: s?.polarity ?? (item.unit.neg ? -1 : 1),
        modality: s?.modality ?? 'realized',
        qualifier: s?.qualifier ?? null,
        past: isPast(tokens, item.at, item.last),
        agent: null,
        patient: patientOf(tokens, unitAt, item, entityItems),
        at: item.at,
        last: item.last,
        start: item.start,
        end: item.end,
      });
    }
    const purposeEnds = items
      .filter((i) => i.unit.type === 'cue' && i.unit.cue === 'purpose')
      .map((i) => i.last);
    purposeOf(tokens, preds, purposeEnds);
    attendAsTravel(tokens, preds, purposeEnds);
    attendByTravel(preds);
    const speaker = findAgents(tokens, items, unitAt, preds);
    absentWithout(tokens, preds, entities, (e) => this.mayAttend(e));
    const found = findDates(text);
    dateForChange(text, tokens, preds, found);
    // "fixed March 3 as the day of its exit": that date is what was (not) set, not when anything happened.
    const dates = found.filter(
      (d) =>
        !preds.some(
          (p) => p.concept === 'set-date' && d.start >= p.end - (p.synthetic ? 1 : 0) && d.start - p.end < 12,
        ),
    );
    const dateTokens = new Set<number>();
    tokens.forEach((t, i) => {
      if (dates.some((d) => t.start >= d.start && t.end <= d.end)) dateTokens.add(i);
    });
    const tokenTerms = this.tokenTermsOf(tokens, unitAt);
    const terms = this.termsOf(tokens, items, unitAt, dateTokens);
    for (const p of preds) if (p.synthetic && !terms.includes(`c:${p.concept}`)) terms.push(`c:${p.concept}`);
    return {
      tokens,
      terms,
      tokenTerms,
      preds: assertedOnly(tokens, preds),
      entities,
      speaker,
      dates,
      places: this.eventPlaces(tokens, items),
      unnamedPlaces: unnamedPlaces(tokens, this.eventAnchors(items), unitAt, dateTokens),
      numbers: findNumbers(tokens, dateTokens),
      members: this.memberList(tokens, entities),
      looseNegations,
    };
  }

  /** People and countries attend gatherings; cities and organisations host them. */
  private mayAttend(entity: EntityMention): boolean {
    const info = this.entities.get(entity.id);
    return entity.kind === 'person' || (entity.kind === 'place' && info?.within === null);
  }

  /** Canonical terms only, for the search index and queries. */
  terms(text: string): string[] {
    return this.analyze(text).terms;
  }

  compatible(a: string, b: string): boolean {
    if (a === b) return true;
    return (
      (this.entities.get(a)?.ancestors.has(b) ?? false) || (this.entities.get(b)?.ancestors.has(a) ?? false)
    );
  }

  /**
   * The same actor, or one and the body or country it belongs to (Pashinyan and Armenia, Peskov
   * and the Kremlin); two people never are, whoever one speaks for.
   */
  sameActor(a: string, b: string): boolean {
    if (a === b) return true;
    const person = (id: string) => this.entities.get(id)?.kind === 'person';
    return this.compatible(a, b) && !(person(a) && person(b));
  }

  /** Same place, or one inside the other (Minsk and Belarus). */
  samePlace(a: string, b: string): boolean {
    if (a === b) return true;
    return this.entities.get(a)?.within === b || this.entities.get(b)?.within === a;
  }

  // Armenian writes negation and the future as verb prefixes: չմասնակցել, կմասնակցի.
  private armenianPrefixes(tokens: Token[]): [number, CueKind][] {
    const flags: [number, CueKind][] = [];
    tokens.forEach((token, i) => {
      if (token.script !== 'armenian' || token.norm.length < 4) return;
      const head = token.norm[0];
      if (head !== HY_NEG && head !== HY_FUTURE) return;
      if (this.matcher.matchAt([token], 0)) return;
      const rest = token.norm.slice(1);
      const bare = { ...token, norm: rest, stem: rest };
      const hit = this.matcher.matchAt([bare], 0);
      if (hit?.value.type !== 'concept') return;
      tokens[i] = bare;
      flags.push([i, head === HY_NEG ? 'neg' : 'future']);
    });
    return flags;
  }

  // "advised him against making hasty decisions", "decided against travelling": "against" negates
  // only after a directive or a decision.
  private markAgainst(tokens: Token[], items: Item[]): void {
    tokens.forEach((token, i) => {
      if (token.norm !== 'against' && token.norm !== 'против') return;
      const directive = items.some(
        (it) =>
          it.unit.type === 'concept' &&
          (it.unit.kind === 'directive' || it.unit.id === 'decide') &&
          it.last < i &&
          i - it.last <= 4,
      );
      if (directive)
        items.push({ unit: { type: 'cue', cue: 'neg' }, at: i, last: i, start: token.start, end: token.end });
    });
  }

  private eventAnchors(items: Item[]): Item[] {
    return items.filter((i) => i.unit.type === 'concept' && EVENT_ANCHORS.has(i.unit.id));
  }

  private eventPlaces(tokens: Token[], items: Item[]): string[] {
    const places = new Set<string>();
    const anchors = this.eventAnchors(items);
    for (const item of items) {
      if (item.unit.type !== 'entity' || item.unit.kind !== 'place' || item.unit.adjective) continue;
      const before = tokens[item.at - 1];
      const token = tokens[item.at] as Token;
      const locative =
        (before && LOCATIVE.has(before.norm) && !token.breakBefore) ||
        (token.script === 'armenian' && token.norm.endsWith('ում'));
      const afterAnchor = anchors.some((a) => a.last < item.at && item.at - a.last <= 5);
      const beforeAnchor = anchors.some(
        (a) =>
          a.at > item.last && a.at - item.last <= 2 && a.unit.type === 'concept' && a.unit.id !== 'visit',
      );
      const visited = anchors.some(
        (a) =>
          a.unit.type === 'concept' && a.unit.id === 'visit' && a.last < item.at && item.at - a.last <= 2,
      );
      if ((locative && afterAnchor) || beforeAnchor || visited) places.add(item.unit.id);
    }
    return [...places];
  }

  private memberList(tokens: Token[], entities: EntityMention[]): string[] {
    let best: string[] = [];
    let run: EntityMention[] = [];
    const countries = entities.filter(
      (e) => e.kind === 'place' && !e.adjective && this.entities.get(e.id)?.within === null,
    );
    for (const e of countries) {
      const previous = run[run.length - 1];
      const between = previous
        ? tokens
            .slice(previous.at + 1, e.at)
            .filter((t) => t.norm !== 'and' && t.norm !== 'и' && t.norm !== 'և')
        : [];
      if (previous && between.length <= 1) run.push(e);
      else run = [e];
      if (run.length > best.length) best = run.map((r) => r.id);
    }
    return best.length >= 3 ? [...new Set(best)].sort() : [];
  }

  private tokenTermsOf(tokens: Token[], unitAt: (Item | undefined)[]): (string | null)[] {
    return tokens.map((token, i) => {
      const unit = unitAt[i]?.unit;
      if (unit?.type === 'concept') return `c:${unit.id}`;
      if (unit?.type === 'entity') return `e:${unit.id}`;
      if (unit || STOP_WORDS.has(token.norm) || AUXILIARIES.has(token.norm) || PREPOSITIONS.has(token.norm))
        return null;
      return numberWord(token.norm) ?? token.stem;
    });
  }

  // A date's words are its slot, compared as a date (compare-slots.ts), not as words: "28 февраля
  // 2024 года" would otherwise weigh as three words the record never uses.
  private termsOf(
    tokens: Token[],
    items: Item[],
    unitAt: (Item | undefined)[],
    dateTokens: Set<number>,
  ): string[] {
    const terms = new Set<string>();
    for (const item of items) {
      if (item.unit.type === 'concept') terms.add(`c:${item.unit.id}`);
      else if (item.unit.type === 'entity') {
        terms.add(`e:${item.unit.id}`);
        const within = this.entities.get(item.unit.id)?.within;
        if (within) terms.add(`e:${within}`);
      }
    }
    tokens.forEach((token, i) => {
      if (
        unitAt[i] ||
        dateTokens.has(i) ||
        STOP_WORDS.has(token.norm) ||
        AUXILIARIES.has(token.norm) ||
        PREPOSITIONS.has(token.norm)
      )
        return;
      if (token.norm.length < 2 && token.script !== 'number') return;
      terms.add(numberWord(token.norm) ?? token.stem);
    });
    return [...terms];
  }
}
