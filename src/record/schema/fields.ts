import * as v from 'valibot';
import { isCalendarDate } from '../guards';

// The building blocks of the record's schema. Each field carries its reason twice: as valibot's
// message, which the validator prints as `file: entry: reason`, and as `errorMessage` in the
// generated JSON Schema, which editors (VS Code's JSON service among them) show while a file is typed,
// so a maintainer reads the same words in the editor and from `npm run record`.

export const said = <T = string>(reason: string) =>
  v.metadata<T, { errorMessage: string }>({ errorMessage: reason });

const NON_EMPTY = 'must be a non-empty string';
export const text = v.pipe(v.string(NON_EMPTY), v.regex(/\S/, NON_EMPTY), said(NON_EMPTY));
export const textOrNull = v.pipe(v.nullable(text), said<string | null>(`${NON_EMPTY} or null`));

export const oneOf = <const T extends [string, ...string[]]>(...allowed: T) => {
  const reason = `must be one of ${allowed.join(', ')}`;
  return v.pipe(v.picklist(allowed, reason), said<T[number]>(reason));
};

export const listOf = <T extends v.GenericSchema>(item: T) =>
  v.pipe(v.array(item, 'must be a list'), said<v.InferOutput<T>[]>('must be a list'));

/** A real calendar date, "YYYY-MM-DD" (2023-02-30 is refused, by the validator only). */
export function dateProblem(value: unknown): string | null {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value))
    return `must be a date YYYY-MM-DD, got ${JSON.stringify(value)}`;
  return isCalendarDate(value) ? null : `is not a real date: ${value}`;
}

const datePrinted = (issue: { input: unknown }) => dateProblem(issue.input) ?? 'must be a date YYYY-MM-DD';
export const isoDate = v.pipe(
  v.string(datePrinted),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, datePrinted),
  v.check((value) => dateProblem(value) === null, datePrinted),
  said('must be a date YYYY-MM-DD'),
);

/** An object of these fields and no others; `shape` is the reason when it is no object at all. */
export const fields = <T extends v.ObjectEntries>(entries: T, shape: string) =>
  v.pipe(v.strictObject(entries, shape), said<v.InferOutput<v.StrictObjectSchema<T, string>>>(shape));

/** A file may name its JSON Schema, so an editor completes and underlines it. */
export const schemaRef = v.optional(
  v.pipe(v.string('must name the JSON Schema file'), v.description('The JSON Schema this file follows.')),
);
