import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEngine } from '../engine';
import { evaluate, guarded, memoised } from '../eval/evaluate';
import { generateSets } from '../eval/generate';
import { parseLabelledSet } from '../eval/labelled';
import { validatePerturbationData } from '../eval/perturbation-data';
import { markdown, summary } from '../eval/report';
import { splitByIdParity } from '../eval/sets';
import { reasonText } from '../i18n/reason-text';
import type { BundledRecord } from '../record/types';

// npm run eval [-- --seed N] [--out DIR]
// Scores the dev set, both halves of the real set and the invariance and contrast sets generated
// from the record; prints a summary and writes docs/eval.md and eval/results/latest.json (or
// eval.md and latest.json in DIR, for a trial run that leaves the committed figures alone).

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DEFAULT_SEED = 13;

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const args = process.argv.slice(2);
const seedText = option(args, '--seed');
const seed = seedText === undefined ? DEFAULT_SEED : Number(seedText);
if (!Number.isInteger(seed) || seed < 0)
  fail('usage: npm run eval [-- --seed N] [--out DIR] (N a whole number)');
const outDir = option(args, '--out');

const recordPath = join(root, '.generated', 'record.json');
const indexPath = join(root, '.generated', 'index.json');
if (!existsSync(recordPath) || !existsSync(indexPath)) {
  fail('No built record in .generated/. Run `npm run record` (src/cli/build-record.ts) first.');
}

const started = performance.now();
const record = JSON.parse(readFileSync(recordPath, 'utf8')) as BundledRecord;
const engine = createEngine(record, readFileSync(indexPath, 'utf8'), reasonText);
const engineErrors: string[] = [];
const check = memoised(
  guarded(
    (text, pageDate) => engine.check(text, { pageDate }),
    (text, pageDate, error) =>
      engineErrors.push(`${pageDate} ${JSON.stringify(text)}: ${(error as Error).message}`),
  ),
);
const read = (file: string) => {
  try {
    return parseLabelledSet(readFileSync(join(root, 'eval', file), 'utf8'), `eval/${file}`);
  } catch (error) {
    return fail((error as Error).message);
  }
};
let data: ReturnType<typeof validatePerturbationData>;
try {
  data = validatePerturbationData(JSON.parse(readFileSync(join(root, 'eval', 'perturbations.json'), 'utf8')));
} catch (error) {
  fail((error as Error).message);
}

const sets = [
  { name: 'dev', rows: read('claims.dev.jsonl') },
  ...splitByIdParity('real', read('claims.real.jsonl')),
];
const generated = generateSets(record, check, data, { seed });
// Thresholds are read off the sets the engine may be tuned on, never the held-out half.
const report = evaluate(check, sets, generated, { tuning: ['dev', 'real-odd'] });
const seconds = (performance.now() - started) / 1000;

const meta = {
  date: new Date().toISOString().slice(0, 10),
  seed,
  record: `${record.statements.length} statements, ${record.claims.length} claims; ${generated.bases.total} record sentences naming the CSTO or Pashinyan as bases, ${generated.bases.decided} decided as the record does, ${generated.bases.corroborated} Corroborated`,
  seconds,
  engineErrors,
};
const markdownPath = outDir ? join(outDir, 'eval.md') : join(root, 'docs', 'eval.md');
const jsonPath = outDir ? join(outDir, 'latest.json') : join(root, 'eval', 'results', 'latest.json');
mkdirSync(dirname(markdownPath), { recursive: true });
mkdirSync(dirname(jsonPath), { recursive: true });
writeFileSync(markdownPath, markdown(report, meta));
writeFileSync(
  jsonPath,
  `${JSON.stringify({ meta, generation: { ...generated.bases, basesWithoutName: generated.basesWithoutName, droppedWithoutMention: generated.droppedWithoutMention }, ...report }, null, 1)}\n`,
);

console.log(summary(report));
if (engineErrors.length > 0) {
  console.log(
    `\nthe engine failed on ${engineErrors.length} sentences (scored as misses), e.g. ${engineErrors[0]}`,
  );
}
console.log(`\n${meta.record}; ${seconds.toFixed(1)} s`);
console.log(`wrote ${relative(process.cwd(), markdownPath)} and ${relative(process.cwd(), jsonPath)}`);
