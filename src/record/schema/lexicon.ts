import * as v from 'valibot';
import { fields, listOf, oneOf, schemaRef, text } from './fields';

// The shape of the engine's word knowledge (data/lexicon), for editors and for the schema test.
// What a shape cannot say (a form in its language's script, a pattern the matcher accepts, no form
// twice) src/engine/lexicon/check.ts checks at build.

const forms = v.pipe(
  v.strictObject(
    {
      en: v.optional(listOf(v.string())),
      ru: v.optional(listOf(v.string())),
      hy: v.optional(listOf(v.string())),
    },
    'must be an object of forms by language (en, ru, hy)',
  ),
);
const comment = v.optional(v.string());

const concept = fields(
  {
    id: text,
    kind: oneOf('event', 'state', 'speech', 'directive', 'topic'),
    label: v.optional(text),
    pos: forms,
    neg: v.optional(forms),
  },
  'must be an object',
);
const month = fields(
  { month: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(12)), en: text, ru: text, hy: text },
  'must be { month, en, ru, hy }',
);
const wordValues = v.strictObject(
  {
    en: v.optional(v.record(v.string(), v.pipe(v.number(), v.integer(), v.minValue(0)))),
    ru: v.optional(v.record(v.string(), v.pipe(v.number(), v.integer(), v.minValue(0)))),
    hy: v.optional(v.record(v.string(), v.pipe(v.number(), v.integer(), v.minValue(0)))),
  },
  'must be an object of { word: number } by language (en, ru, hy)',
);
const listFile = <K extends string>(key: K, item: v.GenericSchema) =>
  v.union([v.array(item), v.strictObject({ $schema: schemaRef, [key]: v.array(item) } as const)]);

/** One schema a lexicon file, by its name in data/lexicon. */
export const lexiconFiles = {
  'concepts.json': listFile('concepts', concept),
  'months.json': listFile('months', month),
  'cues.json': v.objectWithRest({ $schema: schemaRef, $comment: comment }, forms),
  'irregular.json': v.strictObject({
    $schema: schemaRef,
    $comment: comment,
    en: v.record(v.string(), v.string()),
  }),
  'words.json': v.objectWithRest({ $schema: schemaRef, $comment: comment }, forms),
  'frames.json': v.objectWithRest({ $schema: schemaRef, $comment: comment }, listOf(v.string())),
  'function-words.json': v.objectWithRest({ $schema: schemaRef, $comment: comment }, listOf(v.string())),
  'numbers.json': v.strictObject({
    $schema: schemaRef,
    $comment: comment,
    counts: wordValues,
    magnitudes: wordValues,
  }),
  'negation.json': v.strictObject({ $schema: schemaRef, $comment: comment, passes: forms, finite: forms }),
  'gazetteer.json': v.looseObject({
    $schema: schemaRef,
    about: v.optional(v.string()),
    metonyms: v.optional(listOf(v.string())),
    blocs: v.optional(listOf(v.string())),
    entries: listOf(v.looseObject({ id: text, names: v.optional(listOf(v.string())) })),
  }),
} as const;
