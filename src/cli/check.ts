import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createEngine } from '../engine';
import type { CheckResult, Engine } from '../engine/types';
import { VERDICT_WORDS } from '../i18n/reader-verdict';
import { reasonText } from '../i18n/reason-text';
import { isCalendarDate } from '../record/guards';
import type { BundledRecord } from '../record/types';
import { formatDate } from '../ui/format-date';
import { CHECK_USAGE, parseCheckArgs } from './check-args';
import { endQuietlyWhenStdoutCloses } from './closed-pipe';

// The engine from the command line, the same code the extension runs.
//   npm run --silent check -- --jsonl < in.jsonl > out.jsonl
//     in:  {"id", "text", "page_date", "lang"?} per line
//     out: {"id", "mentions", "verdict", "outdated"?: {"since"}, "evidence": [{url, outlet, speaker, date, quote, stance, reason}]}
//          or {"id" | "line", "error"} for a line that cannot be read; the run goes on.
//   npm run check -- "some sentence" [--date 2024-07-01]   (see check-args.ts)

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function loadEngine(): Engine {
  const recordPath = join(root, '.generated', 'record.json');
  const indexPath = join(root, '.generated', 'index.json');
  if (!existsSync(recordPath) || !existsSync(indexPath)) {
    console.error('No built record in .generated/. Run `npm run record` (src/cli/build-record.ts) first.');
    process.exit(2);
  }
  const record = JSON.parse(readFileSync(recordPath, 'utf8')) as BundledRecord;
  return createEngine(record, readFileSync(indexPath, 'utf8'), reasonText);
}

function outputLine(id: unknown, result: CheckResult): string {
  return JSON.stringify({
    id,
    mentions: result.mentions,
    verdict: result.verdict,
    // "conflicting" stays the verdict (programs count it so); this says it held until `since`.
    ...(result.outdated ? { outdated: result.outdated } : {}),
    evidence: result.evidence.map(({ url, outlet, speaker, date, quote, stance, reason }) => ({
      url,
      outlet,
      speaker,
      date,
      quote,
      stance,
      reason,
    })),
  });
}

function problemOf(input: unknown): string | null {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return 'not a JSON object';
  const { id, text, page_date: pageDate } = input as Record<string, unknown>;
  if (id === undefined || id === null || id === '') return 'missing "id"';
  if (typeof text !== 'string' || text.trim() === '') return 'missing or empty "text"';
  if (pageDate !== undefined && pageDate !== null && !isCalendarDate(pageDate)) {
    return `"page_date" must be YYYY-MM-DD, got ${JSON.stringify(pageDate)}`;
  }
  return null;
}

async function runJsonl(engine: Engine): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  let n = 0;
  for await (const raw of lines) {
    n++;
    if (raw.trim() === '') continue;
    let input: unknown;
    try {
      input = JSON.parse(raw);
    } catch (error) {
      process.stdout.write(
        `${JSON.stringify({ line: n, error: `not valid JSON: ${(error as Error).message}` })}\n`,
      );
      continue;
    }
    const problem = problemOf(input);
    const id = (input as Record<string, unknown> | null)?.id;
    if (problem) {
      const where = id === undefined || id === null || id === '' ? { line: n } : { id };
      process.stdout.write(`${JSON.stringify({ ...where, error: problem })}\n`);
      continue;
    }
    const { text, page_date: pageDate } = input as { text: string; page_date?: string | null };
    try {
      process.stdout.write(`${outputLine(id, engine.check(text, pageDate ? { pageDate } : {}))}\n`);
    } catch (error) {
      process.stdout.write(
        `${JSON.stringify({ id, error: `engine failed: ${(error as Error).message}` })}\n`,
      );
    }
  }
}

function runOne(engine: Engine, sentence: string, pageDate?: string): void {
  const result = engine.check(sentence, pageDate ? { pageDate } : {});
  if (!result.mentions) {
    console.log('No mention of the CSTO or Pashinyan: nothing to check.');
    return;
  }
  const since = result.outdated?.since;
  const outdated = result.outdated ? ` (outdated${since ? ` since ${formatDate(since)}` : ''})` : '';
  console.log(
    `${VERDICT_WORDS[result.verdict]}${outdated}${pageDate ? ` (page of ${formatDate(pageDate)})` : ''}`,
  );
  if (result.reason) console.log(`  ${result.reason}`);
  for (const e of result.evidence) {
    console.log(`\n  [${e.stance}] ${e.speaker}, ${e.outlet}, ${formatDate(e.date, e.datePrecision)}`);
    console.log(`    “${e.quote}”`);
    console.log(`    ${e.reason}`);
    console.log(`    ${e.url}`);
  }
}

endQuietlyWhenStdoutCloses();
const args = parseCheckArgs(process.argv.slice(2));
if (args.mode === 'help') {
  console.log(CHECK_USAGE);
  process.exit(0);
}
if (args.mode === 'error') {
  console.error(`${args.error}\n${CHECK_USAGE}`);
  process.exit(2);
}
if (args.mode === 'jsonl') await runJsonl(loadEngine());
else runOne(loadEngine(), args.sentence, args.pageDate);
