import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFlag } from '../flags/flag';
import { groupFlags, type Rechecked, recheck } from '../flags/triage';
import { engineOverData } from './record-engine';

// npm run record -- flags FLAGS.jsonl [--json]: readers' exported flags, each re-checked with the
// engine over data/ as it stands, grouped by claim and by kind of complaint. A line that is no flag
// is named with its reason and skipped; the rest are still reported.

// A flag is a reader's text: control characters (terminal escapes) are shown as spaces.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to find them
const printable = (text: string) => text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export async function runFlags(argv: string[]): Promise<void> {
  const json = argv.includes('--json');
  const files = argv.filter((a) => a !== '--json');
  const [path] = files;
  if (!path || files.length > 1) {
    console.error('Usage: npm run record -- flags FLAGS.jsonl [--json]');
    process.exit(2);
  }
  if (!existsSync(path)) {
    console.error(`No such file: ${path}`);
    process.exit(2);
  }
  const engine = engineOverData(join(root, 'data'));
  const check = (sentence: string, pageDate?: string) => engine.check(sentence, { pageDate });
  const rechecked: Rechecked[] = [];
  let bad = 0;
  for (const [i, line] of readFileSync(path, 'utf8').split('\n').entries()) {
    if (line.trim() === '') continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      console.error(`${path}: line ${i + 1}: is not JSON`);
      bad++;
      continue;
    }
    const read = readFlag(parsed);
    if ('problem' in read) {
      console.error(`${path}: line ${i + 1}: ${read.problem}`);
      bad++;
      continue;
    }
    rechecked.push(recheck(read.flag, check));
  }
  const groups = groupFlags(rechecked);
  if (json) {
    console.log(JSON.stringify(groups, null, 2));
    return;
  }
  const claimText = new Map(engine.record.claims.map((c) => [c.id, c.text]));
  console.log(
    `${rechecked.length} flag(s) on ${groups.length} claim(s)${bad ? `; ${bad} line(s) skipped` : ''}\n`,
  );
  for (const group of groups) {
    const title = group.claim
      ? `${group.claim}: ${claimText.get(group.claim) ?? '(no longer in the record)'}`
      : '(no claim)';
    console.log(`${group.flags} flag(s)  ${title}`);
    for (const { complaint, flags } of group.byComplaint) {
      console.log(`  ${complaint} (${flags.length})`);
      for (const r of flags) {
        const verdict = r.changed ? `${r.flag.verdict} then, ${r.now} now` : `${r.now}, unchanged`;
        const note = r.flag.note ? ` · “${printable(r.flag.note)}”` : '';
        console.log(
          `    ${verdict} · ${r.flag.pageDate ?? 'no page date'} · “${printable(r.flag.sentence)}”${note}`,
        );
      }
    }
  }
}
