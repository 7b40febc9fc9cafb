import * as v from 'valibot';
import { listOf, schemaRef } from './fields';

// The shape of data/marks: the words a card never marks as having decided a stance.

const forms = v.strictObject(
  {
    en: v.optional(listOf(v.string())),
    ru: v.optional(listOf(v.string())),
    hy: v.optional(listOf(v.string())),
  },
  'must be an object of words by language (en, ru, hy)',
);

export const marksFiles = {
  'not-deciding.json': v.strictObject({
    $schema: schemaRef,
    $comment: v.optional(v.string()),
    reporting: forms,
    time: forms,
  }),
};
