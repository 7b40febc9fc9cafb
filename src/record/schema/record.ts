import * as v from 'valibot';
import { fields, isoDate, listOf, oneOf, said, schemaRef, text, textOrNull } from './fields';

// The record's shape: one schema for the validator (src/record/validate.ts) and for editors (the
// JSON Schema files in schema/, written from it by `npm run schema`). What a shape cannot say (a
// statement verbatim in its text, an id that names another entry) the validator checks after it.

const datedAt = v.pipe(
  fields({ date: isoDate, precision: oneOf('day', 'month', 'year') }, 'must be { date, precision }'),
  v.check(
    (d) => d.precision !== 'month' || d.date.endsWith('-01'),
    'with precision "month" the day must be 01',
  ),
  v.check(
    (d) => d.precision !== 'year' || d.date.endsWith('-01-01'),
    'with precision "year" the date must be YYYY-01-01',
  ),
);

const aliases = fields({ en: listOf(text), ru: listOf(text), hy: listOf(text) }, 'must be { en, ru, hy }');

export const entity = fields(
  {
    id: text,
    kind: oneOf('person', 'organisation', 'place', 'event'),
    name: text,
    aliases,
    role: v.optional(text),
    contextual: v.optional(fields({ near: listOf(text), aliases }, 'must be { near, aliases }')),
    notWithin: v.optional(listOf(text)),
    within: v.optional(text),
  },
  'must be an object',
);

const httpUrl = v.pipe(
  v.string('must be an http(s) URL'),
  v.regex(/^https?:\/\/\S+$/, 'must be an http(s) URL'),
  said('must be an http(s) URL'),
);

export const source = fields(
  {
    id: text,
    textFile: text,
    outlet: text,
    headline: textOrNull,
    url: httpUrl,
    published: datedAt,
    author: textOrNull,
    via: textOrNull,
    language: oneOf('en', 'ru', 'hy'),
    excluded: listOf(fields({ text, reason: text }, 'must be { text, reason }')),
    reportsFrom: v.optional(text),
  },
  'must be an object',
);

export const statement = fields(
  {
    id: text,
    source: text,
    kind: oneOf('quote', 'report'),
    text,
    speaker: text,
    said: datedAt,
    setting: textOrNull,
    reportedBy: listOf(text),
    gist: text,
    about: v.optional(datedAt),
    background: v.optional(text),
  },
  'must be an object',
);

const holds = v.pipe(
  fields({ from: v.optional(isoDate), until: v.optional(isoDate) }, 'must be { from?, until? }'),
  v.check(
    (h) => !h.from || !h.until || h.from <= h.until,
    (issue) => {
      const h = issue.input as { from: string; until: string };
      return `from ${h.from} is after until ${h.until}`;
    },
  ),
);

export const claim = fields(
  {
    id: text,
    text,
    supportingPhrasings: listOf(text),
    contradictingPhrasings: listOf(text),
    evidence: listOf(
      fields({ statement: text, stance: oneOf('supports', 'contradicts') }, 'must be { statement, stance }'),
    ),
    holds,
    endedBy: v.optional(listOf(text)),
    disputed: v.optional(text),
    changing: v.optional(
      fields({ since: isoDate, by: listOf(text), why: text }, 'must be { since, by, why }'),
    ),
    note: v.optional(text),
  },
  'must be an object',
);

// Files. A list of entities or claims may stand alone or, to name its `$schema`, inside an object.
const listFile = <K extends string>(key: K, item: v.GenericSchema) =>
  v.union([v.array(item), v.strictObject({ $schema: schemaRef, [key]: v.array(item) } as const)]);

export const entitiesFile = listFile('entities', entity);
export const claimsFile = listFile('claims', claim);
export const sourceFile = v.strictObject({ $schema: schemaRef, source, statements: v.array(statement) });

const phrasing = fields(
  { supportingPhrasings: v.optional(listOf(text)), contradictingPhrasings: v.optional(listOf(text)) },
  'must be { supportingPhrasings, contradictingPhrasings }',
);
/** data/phrasings/<language>.json: a claim's phrasings in that language, by claim id. */
export const phrasingsFile = v.objectWithRest({ $schema: schemaRef }, phrasing);
