import * as v from 'valibot';
import { fields, listOf, oneOf, schemaRef, text } from './fields';

// The shape of what the draft tool knows (data/draft), for editors and the schema test.

const forms = v.strictObject(
  { en: v.optional(listOf(text)), ru: v.optional(listOf(text)), hy: v.optional(listOf(text)) },
  'must be an object of forms by language (en, ru, hy)',
);
const comment = v.optional(v.string());
const precision = oneOf('day', 'month', 'year');
const count = v.optional(v.pipe(v.number(), v.integer(), v.minValue(0)));

export const draftFiles = {
  'attribution.json': v.strictObject({
    $schema: schemaRef,
    $comment: comment,
    cues: forms,
    pronouns: forms,
    relays: forms,
  }),
  'dates.json': v.strictObject({
    $schema: schemaRef,
    $comment: comment,
    weekdays: forms,
    relative: listOf(
      fields(
        { forms: listOf(text), daysBefore: count, monthsBefore: count, yearsBefore: count, precision },
        'must be { forms, daysBefore?, monthsBefore?, yearsBefore?, precision }',
      ),
    ),
  }),
  'furniture.json': v.strictObject({
    $schema: schemaRef,
    $comment: comment,
    patterns: listOf(fields({ pattern: text, reason: text }, 'must be { pattern, reason }')),
    shortLine: v.pipe(v.number(), v.integer(), v.minValue(1)),
    shortReason: text,
  }),
  'settings.json': v.strictObject({
    $schema: schemaRef,
    $comment: comment,
    settings: listOf(fields({ setting: text, forms: listOf(text) }, 'must be { setting, forms }')),
  }),
} as const;
