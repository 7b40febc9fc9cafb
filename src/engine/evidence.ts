import type { Entity, Statement } from '../record/types';
import type { Analysis } from './analyze/types';
import type { RecordView } from './record-view';
import type { Evidence, EvidenceStance, Highlight } from './types';

// Turns statements into the evidence a reader sees: who said it, where, when, the exact quote
// with the words that matched the sentence highlighted.

export class EvidenceBuilder {
  private readonly entities: Map<string, Entity>;

  constructor(private readonly view: RecordView) {
    this.entities = new Map(view.record.entities.map((e) => [e.id, e]));
  }

  entityMap(): Map<string, Entity> {
    return this.entities;
  }

  build(
    statementId: string,
    stance: EvidenceStance,
    reason: string,
    sentence: Analysis,
    claimId?: string,
  ): Evidence | null {
    const statement = this.view.statements.get(statementId);
    const source = statement ? this.view.sources.get(statement.source) : undefined;
    if (!statement || !source) return null;
    const speaker = this.entities.get(statement.speaker);
    const evidence: Evidence = {
      statementId,
      url: source.url,
      outlet: source.outlet,
      speaker: speaker?.name ?? statement.speaker,
      date: statement.said.date,
      datePrecision: statement.said.precision,
      published: { date: source.published.date, precision: source.published.precision },
      lang: source.language,
      quote: statement.text,
      kind: statement.kind,
      stance,
      reason,
    };
    if (claimId) evidence.claimId = claimId;
    if (speaker?.role) evidence.speakerRole = speaker.role;
    const highlights = this.highlights(statement, sentence);
    if (highlights.length > 0) evidence.highlights = highlights;
    return evidence;
  }

  /** How much of a statement the sentence shares, for ordering evidence of the same claim. */
  overlap(statementId: string, sentence: Analysis, weight: (t: string) => number): number {
    const statement = this.view.statements.get(statementId);
    const a = this.view.statementAnalysis(statementId);
    if (!statement || !a) return 0;
    const ours = new Set(sentence.terms);
    let shared = 0;
    for (const t of a.terms) if (ours.has(t)) shared += weight(t);
    return shared;
  }

  private highlights(statement: Statement, sentence: Analysis): Highlight[] {
    const a = this.view.statementAnalysis(statement.id);
    if (!a) return [];
    const ours = new Set(sentence.terms);
    const out: Highlight[] = [];
    a.tokens.forEach((token, i) => {
      const term = a.tokenTerms[i];
      if (!term || !ours.has(term)) return;
      const last = out[out.length - 1];
      // Neighbouring words become one highlight ("did not attend", "Collective Security Treaty").
      if (last && /^[\s'’-]*$/.test(statement.text.slice(last.end, token.start))) last.end = token.end;
      else out.push({ start: token.start, end: token.end });
    });
    return out;
  }
}
