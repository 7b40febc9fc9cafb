import * as v from 'valibot';
import { isCalendarDate } from '../record/guards';

// A reader's flag on a verdict, as kept in extension storage and exported one JSON object a line
// (FLAGS.jsonl) for whoever keeps the record: what the reader saw, what they say is wrong, and the
// page's address only when they chose to give it. `npm run record -- flags` reads the same shape.

export const COMPLAINTS = ['verdict', 'quote', 'date', 'speaker'] as const;
export type Complaint = (typeof COMPLAINTS)[number];

const MAX_TEXT = 2000;
const shortText = (what: string) =>
  v.pipe(
    v.string(`${what} must be text`),
    v.maxLength(MAX_TEXT, `${what} must be at most ${MAX_TEXT} characters`),
  );

export const flagSchema = v.strictObject(
  {
    sentence: v.pipe(shortText('"sentence"'), v.regex(/\S/, '"sentence" must not be empty')),
    complaints: v.pipe(
      v.array(
        v.picklist(COMPLAINTS, `"complaints" may name only ${COMPLAINTS.join(', ')}`),
        '"complaints" must be a list',
      ),
      v.minLength(1, '"complaints" must name at least one of verdict, quote, date, speaker'),
    ),
    note: v.optional(shortText('"note"')),
    verdict: v.picklist(
      ['corroborated', 'conflicting', 'disputed', 'related', 'none'],
      '"verdict" is no verdict Receipts gives',
    ),
    evidence: v.pipe(
      v.array(
        v.strictObject({
          statementId: shortText('"evidence.statementId"'),
          claimId: v.optional(shortText('"evidence.claimId"')),
          quote: shortText('"evidence.quote"'),
          speaker: shortText('"evidence.speaker"'),
          date: shortText('"evidence.date"'),
        }),
        '"evidence" must be a list',
      ),
      v.maxLength(10, '"evidence" holds at most 10 items'),
    ),
    pageDate: v.nullable(
      v.pipe(v.string(), v.check((s: string) => isCalendarDate(s), '"pageDate" must be YYYY-MM-DD or null')),
    ),
    pageUrl: v.optional(
      v.pipe(v.string(), v.regex(/^https?:\/\/\S+$/, '"pageUrl" must be an http(s) address')),
    ),
    flaggedAt: v.pipe(
      v.string('"flaggedAt" must be a date and time'),
      v.isoTimestamp('"flaggedAt" must be an ISO date and time'),
    ),
  },
  (issue) =>
    issue.expected === 'never'
      ? `unknown field "${String(issue.path?.at(-1)?.key)}"`
      : 'must be a flag object',
);

export type Flag = v.InferOutput<typeof flagSchema>;

/** A flag from untrusted JSON (storage, an exported file), or the first reason it is not one. */
export function readFlag(json: unknown): { flag: Flag } | { problem: string } {
  const result = v.safeParse(flagSchema, json);
  if (result.success) return { flag: result.output };
  const issue = result.issues[0];
  const key = issue.path?.at(-1)?.key;
  if (issue.received === 'undefined' && typeof key === 'string' && issue.expected !== 'never')
    return { problem: `missing "${key}"` };
  return { problem: issue.message };
}
