import { phrasingIn, SCRIPTS } from '../record/scripts';
import { sentenceFor } from '../record/sentence';
import type { BundledRecord, Claim, Entity, Source, Statement } from '../record/types';
import type { ClaimSummary, RecordStance, StatementSummary } from './types';

// The record by id, and statements and claims turned into the self-contained summaries the
// sidebar shows (names instead of ids, the source's outlet and link alongside).

export interface RecordTables {
  record: BundledRecord;
  entities: Map<string, Entity>;
  sources: Map<string, Source>;
  statements: Map<string, Statement>;
  claims: Map<string, Claim>;
  /** The claims each statement bears on. */
  claimsOf: Map<string, Claim[]>;
  stancesOf: Map<string, RecordStance[]>;
}

export function buildTables(record: BundledRecord): RecordTables {
  const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((item) => [item.id, item]));
  const claimsOf = new Map<string, Claim[]>();
  const stances = new Map<string, Set<RecordStance>>();
  const note = (statementId: string, claim: Claim, stance: RecordStance | null) => {
    const claims = claimsOf.get(statementId) ?? [];
    if (!claims.includes(claim)) claims.push(claim);
    claimsOf.set(statementId, claims);
    const set = stances.get(statementId) ?? new Set();
    if (stance) set.add(stance);
    if (claim.disputed) set.add('disputed');
    stances.set(statementId, set);
  };
  for (const claim of record.claims) {
    for (const { statement, stance } of claim.evidence) note(statement, claim, stance);
    for (const statement of claim.endedBy ?? []) note(statement, claim, 'ended');
  }
  return {
    record,
    entities: byId(record.entities),
    sources: byId(record.sources),
    statements: byId(record.statements),
    claims: byId(record.claims),
    claimsOf,
    stancesOf: new Map([...stances].map(([id, set]) => [id, [...set]])),
  };
}

export function summarizeStatement(tables: RecordTables, statement: Statement): StatementSummary {
  const speaker = tables.entities.get(statement.speaker);
  const source = tables.sources.get(statement.source);
  const sentence = sentenceFor(tables.record, statement.id, statement.text);
  return {
    ...(sentence ? { sentence } : {}),
    id: statement.id,
    kind: statement.kind,
    text: statement.text,
    gist: statement.gist,
    speakerId: statement.speaker,
    speaker: speaker?.name ?? statement.speaker,
    speakerRole: speaker?.role ?? null,
    said: statement.said,
    setting: statement.setting,
    reportedBy: statement.reportedBy.map((id) => tables.entities.get(id)?.name ?? id),
    sourceId: statement.source,
    outlet: source?.outlet ?? statement.source,
    headline: source?.headline ?? null,
    url: source?.url ?? '',
    published: source?.published ?? statement.said,
    stances: tables.stancesOf.get(statement.id) ?? [],
  };
}

export function summarizeClaim(tables: RecordTables, claim: Claim): ClaimSummary {
  const summary = (id: string) => {
    const statement = tables.statements.get(id);
    return statement ? summarizeStatement(tables, statement) : null;
  };
  return {
    id: claim.id,
    text: claim.text,
    phrased: Object.fromEntries(
      Object.keys(SCRIPTS).flatMap((language) => {
        const phrasing = phrasingIn(claim, language);
        return phrasing ? [[language, phrasing]] : [];
      }),
    ),
    holds: claim.holds,
    disputed: claim.disputed ?? null,
    evidence: claim.evidence.flatMap(({ statement, stance }) => {
      const s = summary(statement);
      return s ? [{ statement: s, stance }] : [];
    }),
    endedBy: (claim.endedBy ?? []).flatMap((id) => summary(id) ?? []),
  };
}
