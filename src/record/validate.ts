import type * as v from 'valibot';
import { checkLinks, checkSlots, checkTime, claimTexts, knownFrom, linkedStatements } from './check-claims';
import { checkConventions } from './check-conventions';
import { statementContext } from './context';
import { isObject } from './guards';
import { entriesIn } from './list-file';
import { shapeReasons } from './schema/reasons';
import { claim, entity, source, statement } from './schema/record';
import type { Claim, Corpus, Entity, Source, Statement } from './types';

// Validates the record as read from data/. Pure: takes parsed JSON and the archived texts, returns
// the corpus or every problem found, each naming file, entry and reason, so a maintainer can fix
// all of them in one pass instead of one per build.

export interface ValidationError {
  file: string;
  entry: string;
  reason: string;
}

export interface RecordFiles {
  /** data/entities/*.json, each an array of entities. */
  entities: { file: string; json: unknown }[];
  /** data/sources/*.json, each { source, statements }. */
  sources: { file: string; json: unknown }[];
  /** data/claims/*.json, each an array of claims. */
  claims: { file: string; json: unknown }[];
  /** Archived texts by file name (data/sources/*.txt). */
  texts: Map<string, string>;
}

/** A real calendar date in YYYY-MM-DD form (2023-02-30 is refused). */
export { dateProblem } from './schema/fields';

type Kind = 'entity' | 'source' | 'statement' | 'claim';
const SHAPES: Record<Kind, v.GenericSchema> = { entity, source, statement, claim };

const entryName = (value: unknown, index: number): string =>
  isObject(value) && typeof value.id === 'string' ? value.id : `#${index}`;

export function validateRecord(files: RecordFiles): { corpus: Corpus; errors: ValidationError[] } {
  const errors: ValidationError[] = [];
  const fail = (file: string, entry: string, reason: string): void => {
    errors.push({ file, entry, reason });
  };
  const corpus: Corpus = { entities: [], sources: [], statements: [], claims: [] };
  const fileOf = new Map<string, string>();

  // Each kind has an id space of its own; references name the kind they point to.
  const accept = <T>(kind: Kind, list: T[], file: string, value: unknown, index: number) => {
    const name = entryName(value, index);
    if (!isObject(value)) return fail(file, name, 'must be an object');
    const key = `${kind}:${name}`;
    const seenIn = fileOf.get(key);
    if (seenIn) return fail(file, name, `duplicate id (also in ${seenIn})`);
    // An entry with a bad field still declares its id, so entries naming it are not reported too.
    fileOf.set(key, file);
    const problems = shapeReasons(SHAPES[kind], value);
    for (const problem of problems) fail(file, name, problem);
    if (problems.length === 0) list.push(value as T);
  };

  for (const { file, json } of files.entities) {
    const list = entriesIn(json, 'entities');
    if (!list) fail(file, '(file)', 'must be a list of entities');
    else
      list.forEach((e, i) => {
        accept<Entity>('entity', corpus.entities, file, e, i);
      });
  }
  for (const { file, json } of files.sources) {
    if (!isObject(json) || !('source' in json) || !Array.isArray(json.statements)) {
      fail(file, '(file)', 'must be { "source": {...}, "statements": [...] }');
      continue;
    }
    const extra = Object.keys(json).filter((k) => !['$schema', 'source', 'statements'].includes(k));
    for (const k of extra) fail(file, '(file)', `unknown field "${k}"`);
    accept<Source>('source', corpus.sources, file, json.source, 0);
    json.statements.forEach((s, i) => {
      accept<Statement>('statement', corpus.statements, file, s, i);
    });
  }
  for (const { file, json } of files.claims) {
    const list = entriesIn(json, 'claims');
    if (!list) fail(file, '(file)', 'must be a list of claims');
    else
      list.forEach((c, i) => {
        accept<Claim>('claim', corpus.claims, file, c, i);
      });
  }

  checkReferences(corpus, files.texts, fileOf, fail);
  const declaredClaims = files.claims.flatMap(({ json }) =>
    (entriesIn(json, 'claims') ?? []).filter(isObject),
  );
  checkRules(corpus, declaredClaims as Partial<Claim>[], files.texts, fileOf, fail);
  return { corpus, errors };
}

function checkReferences(
  corpus: Corpus,
  texts: Map<string, string>,
  fileOf: Map<string, string>,
  fail: (file: string, entry: string, reason: string) => void,
) {
  const sources = new Map(corpus.sources.map((s) => [s.id, s]));
  const where = (kind: Kind, id: string) => fileOf.get(`${kind}:${id}`) ?? '?';
  const declared = (kind: Kind, id: string) => fileOf.has(`${kind}:${id}`);

  for (const source of corpus.sources) {
    const archived = texts.get(source.textFile);
    if (archived === undefined)
      fail(where('source', source.id), source.id, `archived text "${source.textFile}" not found`);
    for (const { text: excluded } of source.excluded) {
      if (archived !== undefined && !archived.includes(excluded)) {
        fail(
          where('source', source.id),
          source.id,
          `excluded text is not in the archived text: "${excluded}"`,
        );
      }
    }
  }
  for (const statement of corpus.statements) {
    const file = where('statement', statement.id);
    const source = sources.get(statement.source);
    if (!source) {
      if (!declared('source', statement.source))
        fail(file, statement.id, `unknown source "${statement.source}"`);
    } else {
      const archived = texts.get(source.textFile);
      if (archived !== undefined && !archived.includes(statement.text)) {
        fail(file, statement.id, `text is not verbatim in ${source.textFile}: "${statement.text}"`);
      }
      if (statement.said.date > source.published.date && source.published.precision === 'day') {
        fail(
          file,
          statement.id,
          `said on ${statement.said.date}, after its source was published (${source.published.date})`,
        );
      }
    }
    for (const id of [statement.speaker, ...statement.reportedBy]) {
      if (!declared('entity', id)) fail(file, statement.id, `unknown entity "${id}"`);
    }
  }
  for (const claim of corpus.claims) {
    const file = where('claim', claim.id);
    if (claim.evidence.length === 0) fail(file, claim.id, 'has no evidence');
    for (const { statement } of claim.evidence) {
      if (!declared('statement', statement))
        fail(file, claim.id, `evidence names unknown statement "${statement}"`);
    }
    for (const id of claim.endedBy ?? []) {
      if (!declared('statement', id)) fail(file, claim.id, `endedBy names unknown statement "${id}"`);
    }
    if (claim.endedBy?.length && !claim.holds.until)
      fail(file, claim.id, 'endedBy is set but holds.until is not');
    const stances = new Set(claim.evidence.map((e) => e.stance));
    if (stances.size > 1 && !claim.disputed && !claim.endedBy?.length && !claim.changing) {
      fail(
        file,
        claim.id,
        'has supporting and contradicting evidence but neither a "disputed" explanation nor "endedBy"',
      );
    }
  }
}

/** What the record says must come from its sources and follow its conventions (docs/record.md). */
function checkRules(
  corpus: Corpus,
  declaredClaims: Partial<Claim>[],
  texts: Map<string, string>,
  fileOf: Map<string, string>,
  fail: (file: string, entry: string, reason: string) => void,
) {
  const where = (kind: string, id: string) => fileOf.get(`${kind}:${id}`) ?? '?';
  checkConventions(corpus, where, fail);
  checkLinks(corpus, declaredClaims, (id) => where('statement', id), fail);
  const statements = new Map(corpus.statements.map((s) => [s.id, s]));
  const contextOf = statementContext(corpus.sources, texts);
  for (const claim of corpus.claims) {
    const file = where('claim', claim.id);
    checkTime(claim, statements, file, fail);
    const linked = linkedStatements(claim).flatMap((id) => statements.get(id) ?? []);
    const known = knownFrom(linked, contextOf, corpus.entities);
    checkSlots(claimTexts(claim), known, corpus.entities, file, claim.id, fail);
  }
  // A gist paraphrases its statement: it may resolve "last week" against the publication date, but
  // adds no place, date or number of its own.
  const published = new Map(corpus.sources.map((s) => [s.id, s.published]));
  for (const statement of corpus.statements) {
    const known = knownFrom([statement], contextOf, corpus.entities);
    const date = published.get(statement.source);
    if (date) known.at.push(date);
    const gist = [{ where: 'its gist', text: statement.gist }];
    checkSlots(gist, known, corpus.entities, where('statement', statement.id), statement.id, fail, 'gist');
  }
}
