import { toJsonSchema } from '@valibot/to-json-schema';
import type * as v from 'valibot';

// The JSON Schema an editor reads. Checks that no JSON Schema can state (a real calendar date, from
// before until) are left to the validator: `ignoreActions` drops them rather than failing.
export function jsonSchemaOf(schema: v.GenericSchema, title: string): object {
  return { title, ...toJsonSchema(schema, { ignoreActions: ['check'] }) };
}
