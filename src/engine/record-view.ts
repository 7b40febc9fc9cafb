import type { BundledRecord, Claim, Source, Statement } from '../record/types';
import type { Analyzer } from './analyze/analyzer';
import { type DateSlot, isoBounds, slotOf } from './analyze/dates';
import type { NumberSlot } from './analyze/numbers';
import type { Analysis } from './analyze/types';
import { BLOCS } from './lexicon/gazetteer';

// The record as the stance rules read it: every way a claim is written (its text, the
// annotators' supporting and contradicting phrasings, the gist and text of each statement that
// bears on it), analysed once, on first use, so loading stays fast.

/** The key of a concept read with one sign, for ClaimView.agents. */
export const signed = (concept: string, polarity: 1 | -1) => `${concept}${polarity === 1 ? '+' : '-'}`;

export interface Phrasing {
  claimId: string;
  side: 'support' | 'contradict';
  origin: 'claim' | 'supportingPhrasings' | 'contradictingPhrasings' | 'statement';
  statementId?: string;
  text: string;
  analysis: Analysis;
  /** Who said it, as far as the record knows (statement speaker and reporters); outlets left out. */
  speakers: string[];
  /** The speakers are the claim's, not named in this phrasing ("Moscow regretted ..." for Peskov's words). */
  inherited?: boolean;
}

export interface ClaimView {
  claim: Claim;
  phrasings: Phrasing[];
  /** Terms found anywhere on the supporting side: a contradicting phrasing decides only by what it adds. */
  supportTerms: Set<string>;
  /** Entity ids the supporting side names, speaks through or sets the event in. */
  involved: Set<string>;
  /** The earliest date the supporting statements speak of (the day said, or the event's own date). */
  knownFrom: string | null;
  /** Everything the record says about the claim's time, place and counts, for slot conflicts. */
  dates: DateSlot[];
  /**
   * The days the record gives, when its phrasings date the event to the day (with the days its
   * statements were made): "on November 30" is off the record of a summit on the 23rd, even
   * where a phrasing only says "in November".
   */
  days: DateSlot[];
  places: string[];
  numbers: NumberSlot[];
  members: string[][];
  /** De facto / de jure, by concept, as the supporting side qualifies it. */
  qualifiers: Map<string, Set<'facto' | 'jure'>>;
  /** Who each predicate is done to, by concept, across the supporting side. */
  patients: Map<string, Set<string>>;
  /**
   * Who does each predicate, by concept, where the supporting side names the doer; also by concept
   * and sign (signed()), since "the CSTO has not fulfilled ..., while Armenia has fulfilled its
   * own" has a doer of each.
   */
  agents: Map<string, Set<string>>;
  /** The blocs (CSTO, CIS, EAEU ...) the claim itself names. */
  blocs: Set<string>;
  /** Claims this one's supporting statements show changing (`changing.by`), for time. */
  changes: Claim[];
}

export interface ClaimLink {
  claimId: string;
  stance: 'supports' | 'contradicts';
}

export class RecordView {
  readonly statements = new Map<string, Statement>();
  readonly sources = new Map<string, Source>();
  readonly claims = new Map<string, Claim>();
  /** Claims a statement bears on, with its stance. */
  readonly linksOf = new Map<string, ClaimLink[]>();
  readonly outlets = new Set<string>();
  private views = new Map<string, ClaimView>();
  private statementAnalyses = new Map<string, Analysis>();

  constructor(
    readonly record: BundledRecord,
    readonly analyzer: Analyzer,
  ) {
    for (const s of record.statements) this.statements.set(s.id, s);
    for (const s of record.sources) this.sources.set(s.id, s);
    for (const e of record.entities) {
      if (/news|outlet|agency|service|newspaper|broadcaster/i.test(e.role ?? '')) this.outlets.add(e.id);
    }
    for (const c of record.claims) {
      this.claims.set(c.id, c);
      for (const e of c.evidence) {
        const links = this.linksOf.get(e.statement) ?? [];
        links.push({ claimId: c.id, stance: e.stance });
        this.linksOf.set(e.statement, links);
      }
    }
  }

  /** The statement's own text, analysed (for highlights and unlinked statements). */
  statementAnalysis(id: string): Analysis | undefined {
    const cached = this.statementAnalyses.get(id);
    if (cached) return cached;
    const statement = this.statements.get(id);
    if (!statement) return undefined;
    const analysis = this.analyzer.analyze(statement.text);
    this.statementAnalyses.set(id, analysis);
    return analysis;
  }

  speakersOf(statement: Statement): string[] {
    return [statement.speaker, ...statement.reportedBy].filter((id) => !this.outlets.has(id));
  }

  /**
   * Whose words a claim reports: the speaker its text names ("Lavrov said ..."), with the
   * speakers of its supporting statements; or, when the text names none, the statements'
   * speakers if they are one voice (the Kremlin and its spokesman). A claim the sources state
   * as fact, or that several unrelated people made, is no one's.
   */
  private attributionOf(claim: Claim): string[] {
    const speakers: string[] = [];
    for (const e of claim.evidence) {
      const statement = e.stance === 'supports' ? this.statements.get(e.statement) : undefined;
      if (!statement) continue;
      const own = this.speakersOf(statement);
      if (own.length === 0) return this.textSpeaker(claim);
      speakers.push(...own);
    }
    const text = this.textSpeaker(claim);
    if (text.length > 0) return [...new Set([...text, ...speakers])];
    const head = speakers.find((s) => speakers.every((o) => this.analyzer.compatible(s, o)));
    return head ? [...new Set(speakers)] : [];
  }

  /**
   * Everyone and everywhere the supporting side involves: names in its phrasings, its speakers,
   * and what its statements' own text and setting name ("CSTO summit in Kazakhstan"). The CSTO is
   * the record's subject, so naming it is never a detail the record lacks.
   */
  private involvedIn(claim: Claim, support: Phrasing[], supportTerms: Set<string>): Set<string> {
    const involved = new Set<string>(['csto']);
    for (const t of supportTerms) if (t.startsWith('e:')) involved.add(t.slice(2));
    for (const p of support) for (const s of p.speakers) involved.add(s);
    for (const e of claim.evidence) {
      const statement = e.stance === 'supports' ? this.statements.get(e.statement) : undefined;
      if (!statement) continue;
      const texts = [statement.text, statement.setting ?? ''];
      for (const text of texts) for (const m of this.analyzer.analyze(text).entities) involved.add(m.id);
    }
    return involved;
  }

  private textSpeaker(claim: Claim): string[] {
    const id = this.analyzer.analyze(claim.text).speaker?.id;
    return id && !this.outlets.has(id) ? [id] : [];
  }

  view(claimId: string): ClaimView | undefined {
    const cached = this.views.get(claimId);
    if (cached) return cached;
    const claim = this.claims.get(claimId);
    if (!claim) return undefined;
    const phrasings: Phrasing[] = [];
    const attribution = this.attributionOf(claim);
    const add = (text: string, side: Phrasing['side'], origin: Phrasing['origin'], statement?: Statement) => {
      const analysis = this.analyzer.analyze(text);
      const own = analysis.speaker?.id;
      let speakers = statement ? this.speakersOf(statement) : own && !this.outlets.has(own) ? [own] : [];
      // A supporting paraphrase that names no speaker still reports someone's words, when the
      // claim is someone's: "Zakharova expressed regret" is not what Peskov did.
      const inherited = speakers.length === 0 && side === 'support' && attribution.length > 0;
      if (inherited) speakers = attribution;
      phrasings.push({
        claimId,
        side,
        origin,
        statementId: statement?.id,
        text,
        analysis,
        speakers,
        inherited,
      });
    };
    add(claim.text, 'support', 'claim');
    for (const text of claim.supportingPhrasings) add(text, 'support', 'supportingPhrasings');
    for (const text of claim.contradictingPhrasings) add(text, 'contradict', 'contradictingPhrasings');
    for (const { statement: id, stance } of claim.evidence) {
      const statement = this.statements.get(id);
      if (!statement) continue;
      const side = stance === 'supports' ? 'support' : 'contradict';
      // The gist, not the text: texts are often fragments cut from a sentence ("deploy a monitoring
      // mission to the border" from "It has declined CSTO offers to ... deploy a monitoring mission")
      // that, read alone, assert the opposite of what the source says.
      add(statement.gist, side, 'statement', statement);
    }
    const support = phrasings.filter((p) => p.side === 'support');
    const supportTerms = new Set(support.flatMap((p) => p.analysis.terms));
    const involved = this.involvedIn(claim, support, supportTerms);
    // "on October 13" in a source of 2023 is 13 October 2023.
    const said = claim.evidence
      .map((e) => this.statements.get(e.statement))
      .map((s) => (s?.about ?? s?.said)?.date)
      .find(Boolean);
    const contextYear = Number((claim.holds.from ?? said ?? '').slice(0, 4)) || null;
    // The earliest day a supporting statement vouches for the state: before it, the record is
    // silent. A statement about "2023" vouches for it only by the year's end, since the state may
    // have begun in any month of it ("as of June 2023" is not what it says).
    const knownFrom =
      claim.evidence
        .filter((e) => e.stance === 'supports')
        .map((e) => this.statements.get(e.statement))
        .map((s) => s?.about ?? s?.said)
        .filter((when) => when !== undefined)
        .map((when) => isoBounds(slotOf(when.date, when.precision), 0)[1])
        .sort()[0] ?? null;
    const dates = support
      .flatMap((p) => p.analysis.dates.filter((d) => !d.anchor))
      .map((d) => (d.year === null && contextYear ? { ...d, year: contextYear } : d));
    const eventDays = dates.filter((d) => d.precision === 'day');
    const days = [...eventDays];
    for (const { statement: id, stance } of claim.evidence) {
      const statement = this.statements.get(id);
      if (!statement || stance !== 'supports') continue;
      // An outlet's report of an earlier event is dated to the event: the CIS summit of 13 October,
      // not the 14 November article that mentions it.
      const when = statement.about ?? statement.said;
      const slot = slotOf(when.date, when.precision);
      dates.push(slot);
      if (slot.precision === 'day') days.push(slot);
    }
    const patients = new Map<string, Set<string>>();
    for (const pred of support.flatMap((p) => p.analysis.preds)) {
      if (!pred.patient) continue;
      const set = patients.get(pred.concept) ?? new Set<string>();
      set.add(pred.patient);
      patients.set(pred.concept, set);
    }
    const agents = new Map<string, Set<string>>();
    for (const pred of support.flatMap((p) => p.analysis.preds)) {
      // A doer that is also what is done to ("leave the CSTO" read with the CSTO as its subject,
      // from an oblique case) is a misreading, not a doer.
      if (!pred.agent?.id || pred.agent.id === pred.patient) continue;
      for (const key of [pred.concept, signed(pred.concept, pred.polarity)]) {
        const set = agents.get(key) ?? new Set<string>();
        set.add(pred.agent.id);
        agents.set(key, set);
      }
    }
    const qualifiers = new Map<string, Set<'facto' | 'jure'>>();
    for (const pred of support.flatMap((p) => p.analysis.preds)) {
      if (!pred.qualifier) continue;
      const set = qualifiers.get(pred.concept) ?? new Set<'facto' | 'jure'>();
      set.add(pred.qualifier);
      qualifiers.set(pred.concept, set);
    }
    const blocs = new Set(
      this.analyzer
        .analyze(claim.text)
        .entities.filter((e) => BLOCS.has(e.id))
        .map((e) => e.id),
    );
    const supporting = new Set(claim.evidence.filter((e) => e.stance === 'supports').map((e) => e.statement));
    const changes = [...this.claims.values()].filter(
      (other) => other.id !== claim.id && other.changing?.by.some((id) => supporting.has(id)),
    );
    const view: ClaimView = {
      changes,
      blocs,
      qualifiers,
      patients,
      agents,
      claim,
      phrasings,
      supportTerms,
      involved,
      knownFrom,
      dates,
      days: eventDays.length > 0 ? days : [],
      places: [...new Set(support.flatMap((p) => p.analysis.places))],
      numbers: support.flatMap((p) => p.analysis.numbers.filter((n) => n.counts !== 'other')),
      members: support.map((p) => p.analysis.members).filter((m) => m.length > 0),
    };
    this.views.set(claimId, view);
    return view;
  }
}
