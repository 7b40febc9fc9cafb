import * as v from 'valibot';
import { isCalendarDate } from '../record/guards';
import { COMPLAINTS, type Complaint } from './flag';

// What a reader's "Does this look wrong?" form sends the background: only what the reader said.
// The verdict and the evidence are not in it: the background checks the sentence again and keeps
// what the engine says, so a page cannot put words in a flag. Nor is the page's address: the
// background takes it from the message's sender, and only when includeAddress is true.

const MAX_SENTENCE = 2000;
const MAX_NOTE = 2000;

export const flagRequestSchema = v.strictObject(
  {
    type: v.literal('flag'),
    sentence: v.pipe(
      v.string('sentence must be text'),
      v.maxLength(MAX_SENTENCE, `sentence must be text of at most ${MAX_SENTENCE} characters`),
      v.regex(/\S/, 'sentence must not be empty'),
    ),
    pageDate: v.nullable(
      v.pipe(
        v.string('pageDate must be YYYY-MM-DD or null'),
        v.check((s: string) => isCalendarDate(s), 'pageDate must be YYYY-MM-DD or null'),
      ),
    ),
    complaints: v.pipe(
      v.array(
        v.picklist(COMPLAINTS, `complaints may name only ${COMPLAINTS.join(', ')}`),
        'complaints must be a list',
      ),
      v.minLength(1, 'complaints must name at least one of verdict, quote, date, speaker'),
      v.maxLength(COMPLAINTS.length, `complaints must name at most ${COMPLAINTS.length}`),
      v.check((list) => new Set(list).size === list.length, 'complaints must not repeat'),
    ),
    note: v.optional(
      v.pipe(
        v.string('note must be text'),
        v.maxLength(MAX_NOTE, `note must be text of at most ${MAX_NOTE} characters`),
      ),
    ),
    includeAddress: v.boolean('includeAddress must be true or false'),
    /** From the sidebar: the tab whose page the text came from, for its address. */
    tabId: v.optional(
      v.pipe(
        v.number('tabId must be a tab id'),
        v.integer('tabId must be a tab id'),
        v.minValue(0, 'tabId must be a tab id'),
      ),
    ),
  },
  (issue) =>
    issue.expected === 'never'
      ? `unknown field "${String(issue.path?.at(-1)?.key).slice(0, 40)}"`
      : 'a flag must be an object',
);

export type FlagRequest = v.InferOutput<typeof flagRequestSchema>;

/** What the reader ticked and wrote in the form. */
export interface FlagReport {
  complaints: Complaint[];
  note: string;
  includeAddress: boolean;
}

/** A flag message as parsed, or the first reason it is not one. */
export function parseFlagRequest(message: unknown): FlagRequest | { error: string } {
  const result = v.safeParse(flagRequestSchema, message);
  if (result.success) return result.output;
  const issue = result.issues[0];
  const key = issue.path?.at(-1)?.key;
  if (issue.received === 'undefined' && typeof key === 'string' && issue.expected !== 'never')
    return { error: `missing ${key}` };
  return { error: issue.message };
}

/** The message a form sends: an empty note is left out. */
export function flagRequest(
  sentence: string,
  pageDate: string | null,
  report: FlagReport,
  tabId?: number,
): FlagRequest {
  const note = report.note.trim();
  return {
    type: 'flag',
    sentence,
    pageDate,
    complaints: COMPLAINTS.filter((c) => report.complaints.includes(c)),
    ...(note ? { note } : {}),
    includeAddress: report.includeAddress,
    ...(tabId === undefined ? {} : { tabId }),
  };
}
