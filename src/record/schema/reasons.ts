import * as v from 'valibot';

// Turns the schema's complaints about one entry into the validator's reasons: `missing required
// field "speaker"`, `unknown field "mood"`, `field "said" field "date" is not a real date: ...`,
// the path named field by field and item by item so the maintainer finds the spot.

type Issue = v.BaseIssue<unknown>;

function pathWords(issue: Issue): string[] {
  return (issue.path ?? []).map((step) =>
    step.type === 'array' ? `item ${String(step.key)}` : `field "${String(step.key)}"`,
  );
}

function reasonOf(issue: Issue): string {
  const words = pathWords(issue);
  const isObjectIssue = issue.type === 'strict_object' || issue.type === 'object';
  const last = issue.path?.at(-1);
  if (
    isObjectIssue &&
    last?.type === 'object' &&
    issue.received === 'undefined' &&
    issue.expected !== 'never'
  ) {
    return [...words.slice(0, -1), `missing required field "${String(last.key)}"`].join(' ');
  }
  if (isObjectIssue && last?.type === 'object' && issue.expected === 'never') {
    return [...words.slice(0, -1), `unknown field "${String(last.key)}"`].join(' ');
  }
  return [...words, issue.message].join(' ');
}

/** Every reason `value` breaks `schema`, in the order of the schema's fields; none when it holds. */
export function shapeReasons(schema: v.GenericSchema, value: unknown): string[] {
  const result = v.safeParse(schema, value, { abortEarly: false });
  return result.success ? [] : [...new Set(result.issues.map(reasonOf))];
}
