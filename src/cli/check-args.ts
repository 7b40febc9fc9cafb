import { parseArgs } from 'node:util';
import { isCalendarDate } from '../record/guards';

// The command line of `npm run check`, parsed without touching the disk or the engine.

export const CHECK_USAGE = `usage: npm run check -- "some sentence" [--date YYYY-MM-DD]
       npm run --silent check -- --jsonl < in.jsonl
  Checks the sentence against the record as of the page date (without one, as the record stands now).
  Unquoted words are taken as one sentence.`;

export type CheckArgs =
  | { mode: 'help' }
  | { mode: 'jsonl' }
  | { mode: 'sentence'; sentence: string; pageDate: string | undefined }
  | { mode: 'error'; error: string };

export function parseCheckArgs(argv: readonly string[]): CheckArgs {
  let parsed: ReturnType<typeof parseWith>;
  try {
    parsed = parseWith(argv);
  } catch (error) {
    return { mode: 'error', error: (error as Error).message };
  }
  const { values, positionals } = parsed;
  if (values.help) return { mode: 'help' };
  if (values.jsonl) {
    return positionals.length || values.date !== undefined
      ? { mode: 'error', error: '--jsonl reads its sentences and dates from stdin, not from arguments' }
      : { mode: 'jsonl' };
  }
  const sentence = positionals.join(' ').trim();
  if (!sentence) return { mode: 'error', error: 'no sentence to check' };
  if (values.date !== undefined && !isCalendarDate(values.date)) {
    return { mode: 'error', error: `--date must be YYYY-MM-DD, got ${JSON.stringify(values.date)}` };
  }
  return { mode: 'sentence', sentence, pageDate: values.date };
}

function parseWith(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    options: { date: { type: 'string' }, jsonl: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
    strict: true,
  });
}
