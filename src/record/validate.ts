import { checkLinks, checkSlots, checkTime, claimTexts, knownFrom, linkedStatements } from './check-claims';
import { checkConventions } from './check-conventions';
import { statementContext } from './context';
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

type Check = (value: unknown) => string | null;

const isObject = (v: unknown): v is { [key: string]: unknown } =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const text: Check = (v) => (typeof v === 'string' && v.trim() !== '' ? null : 'must be a non-empty string');
const textOrNull: Check = (v) => (v === null ? null : text(v));
const oneOf =
  (...allowed: string[]): Check =>
  (v) =>
    typeof v === 'string' && allowed.includes(v) ? null : `must be one of ${allowed.join(', ')}`;
const listOf =
  (item: Check): Check =>
  (v) => {
    if (!Array.isArray(v)) return 'must be a list';
    for (const [i, element] of v.entries()) {
      const problem = item(element);
      if (problem) return `item ${i} ${problem}`;
    }
    return null;
  };

/** A real calendar date in YYYY-MM-DD form (2023-02-30 is refused). */
export function dateProblem(v: unknown): string | null {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v))
    return `must be a date YYYY-MM-DD, got ${JSON.stringify(v)}`;
  const [y, m, d] = v.split('-').map(Number) as [number, number, number];
  const parsed = new Date(Date.UTC(y, m - 1, d));
  if (parsed.getUTCFullYear() !== y || parsed.getUTCMonth() !== m - 1 || parsed.getUTCDate() !== d) {
    return `is not a real date: ${v}`;
  }
  return null;
}

const datedAt: Check = (v) => {
  if (!isObject(v)) return 'must be { date, precision }';
  const problem = shapeProblems(v, { date: dateProblem, precision: oneOf('day', 'month', 'year') }, {});
  if (problem.length) return problem.join('; ');
  const date = v.date as string;
  if (v.precision === 'month' && !date.endsWith('-01')) return 'with precision "month" the day must be 01';
  if (v.precision === 'year' && !date.endsWith('-01-01'))
    return 'with precision "year" the date must be YYYY-01-01';
  return null;
};

const aliases: Check = (v) => {
  if (!isObject(v)) return 'must be { en, ru, hy }';
  const problems = shapeProblems(v, { en: listOf(text), ru: listOf(text), hy: listOf(text) }, {});
  return problems.length ? problems.join('; ') : null;
};

const contextual: Check = (v) => {
  if (!isObject(v)) return 'must be { near, aliases }';
  const problems = shapeProblems(v, { near: listOf(text), aliases }, {});
  return problems.length ? problems.join('; ') : null;
};

const changing: Check = (v) => {
  if (!isObject(v)) return 'must be { since, by, why }';
  const problems = shapeProblems(v, { since: dateProblem, by: listOf(text), why: text }, {});
  return problems.length ? problems.join('; ') : null;
};

const exclusion: Check = (v) => {
  if (!isObject(v)) return 'must be { text, reason }';
  const problems = shapeProblems(v, { text, reason: text }, {});
  return problems.length ? problems.join('; ') : null;
};

const evidence: Check = (v) => {
  if (!isObject(v)) return 'must be { statement, stance }';
  const problems = shapeProblems(v, { statement: text, stance: oneOf('supports', 'contradicts') }, {});
  return problems.length ? problems.join('; ') : null;
};

const holds: Check = (v) => {
  if (!isObject(v)) return 'must be { from?, until? }';
  const problems = shapeProblems(v, {}, { from: dateProblem, until: dateProblem });
  if (problems.length) return problems.join('; ');
  if (typeof v.from === 'string' && typeof v.until === 'string' && v.from > v.until) {
    return `from ${v.from} is after until ${v.until}`;
  }
  return null;
};

type Shape = Record<string, Check>;

const entityShape: Shape = {
  id: text,
  kind: oneOf('person', 'organisation', 'place', 'event'),
  name: text,
  aliases,
};
const entityOptional: Shape = { role: text, contextual, notWithin: listOf(text), within: text };
const sourceShape: Shape = {
  id: text,
  textFile: text,
  outlet: text,
  headline: textOrNull,
  url: (v) => (typeof v === 'string' && /^https?:\/\/\S+$/.test(v) ? null : 'must be an http(s) URL'),
  published: datedAt,
  author: textOrNull,
  via: textOrNull,
  language: oneOf('en', 'ru', 'hy'),
  excluded: listOf(exclusion),
};
const statementShape: Shape = {
  id: text,
  source: text,
  kind: oneOf('quote', 'report'),
  text,
  speaker: text,
  said: datedAt,
  setting: textOrNull,
  reportedBy: listOf(text),
  gist: text,
};
const claimShape: Shape = {
  id: text,
  text,
  supportedBy: listOf(text),
  contradictedBy: listOf(text),
  evidence: listOf(evidence),
  holds,
};
const claimOptional: Shape = { endedBy: listOf(text), disputed: text, changing, note: text };

type Kind = 'entity' | 'source' | 'statement' | 'claim';
const SHAPES: Record<Kind, { required: Shape; optional: Shape }> = {
  entity: { required: entityShape, optional: entityOptional },
  source: { required: sourceShape, optional: { reportsFrom: text } },
  statement: { required: statementShape, optional: { about: datedAt, background: text } },
  claim: { required: claimShape, optional: claimOptional },
};

function shapeProblems(value: { [key: string]: unknown }, required: Shape, optional: Shape): string[] {
  const problems: string[] = [];
  for (const [field, check] of Object.entries(required)) {
    if (!(field in value)) problems.push(`missing required field "${field}"`);
    else {
      const problem = check(value[field]);
      if (problem) problems.push(`field "${field}" ${problem}`);
    }
  }
  for (const [field, fieldValue] of Object.entries(value)) {
    if (field in required) continue;
    const check = optional[field];
    if (!check) problems.push(`unknown field "${field}"`);
    else {
      const problem = check(fieldValue);
      if (problem) problems.push(`field "${field}" ${problem}`);
    }
  }
  return problems;
}

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
    const problems = shapeProblems(value, SHAPES[kind].required, SHAPES[kind].optional);
    for (const problem of problems) fail(file, name, problem);
    if (problems.length === 0) list.push(value as T);
  };

  for (const { file, json } of files.entities) {
    if (!Array.isArray(json)) fail(file, '(file)', 'must be a list of entities');
    else
      json.forEach((e, i) => {
        accept<Entity>('entity', corpus.entities, file, e, i);
      });
  }
  for (const { file, json } of files.sources) {
    if (!isObject(json) || !('source' in json) || !Array.isArray(json.statements)) {
      fail(file, '(file)', 'must be { "source": {...}, "statements": [...] }');
      continue;
    }
    const extra = Object.keys(json).filter((k) => k !== 'source' && k !== 'statements');
    for (const k of extra) fail(file, '(file)', `unknown field "${k}"`);
    accept<Source>('source', corpus.sources, file, json.source, 0);
    json.statements.forEach((s, i) => {
      accept<Statement>('statement', corpus.statements, file, s, i);
    });
  }
  for (const { file, json } of files.claims) {
    if (!Array.isArray(json)) fail(file, '(file)', 'must be a list of claims');
    else
      json.forEach((c, i) => {
        accept<Claim>('claim', corpus.claims, file, c, i);
      });
  }

  checkReferences(corpus, files.texts, fileOf, fail);
  const declaredClaims = files.claims.flatMap(({ json }) =>
    Array.isArray(json) ? json.filter(isObject) : [],
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
