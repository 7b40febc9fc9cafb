import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkLexiconIn } from '../engine/lexicon/check';
import { checkGazetteerIn } from '../record/check-gazetteer';
import { addPhrasings } from '../record/phrasings';
import { readRecordFiles } from '../record/read-files';
import { statementSentences } from '../record/sentence';
import { validateRecord } from '../record/validate';
import { buildIndex, serializeIndex } from '../record-index/index';

// Validates data/ and writes what the extension bundles: the corpus (with the archived texts, so
// every quote can be shown in context) and the prebuilt search index. Fails with every problem.
// RECEIPTS_DATA_DIR and RECEIPTS_GENERATED_DIR (relative to the repository) let a test build a record
// of its own beside the real one; wxt.config.ts bundles RECEIPTS_GENERATED_DIR when it is set.
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dataDir = resolve(root, process.env.RECEIPTS_DATA_DIR ?? 'data');
const { files, parseErrors } = readRecordFiles(dataDir);
const validated = validateRecord(files);
const { corpus, errors: phrasingErrors } = addPhrasings(dataDir, validated.corpus);
// The engine bundles the repository's own names (data/lexicon): a record of a test may go without.
const ownData = dataDir === resolve(root, 'data');
const lexicon = [...checkGazetteerIn(dataDir, corpus.entities, ownData), ...checkLexiconIn(dataDir, ownData)];
// A text the validator found finds its sentence too: only a statement the validator refused has none.
const fileOfStatement = new Map(
  files.sources.flatMap(({ file, json }) => {
    const list = (json as { statements?: unknown }).statements;
    return Array.isArray(list) ? list.map((s) => [String((s as { id?: unknown })?.id), file] as const) : [];
  }),
);
const sentences = statementSentences(corpus, files.texts, (id) => fileOfStatement.get(id) ?? '?');
const known = new Set(validated.errors.map((e) => e.entry));
const sentenceErrors = sentences.errors.filter((e) => !known.has(e.entry));
const problems = [...parseErrors, ...validated.errors, ...phrasingErrors, ...lexicon, ...sentenceErrors];
if (problems.length > 0) {
  for (const { file, entry, reason } of problems) console.error(`${file}: ${entry}: ${reason}`);
  console.error(`\nThe record has ${problems.length} problem(s); nothing was written.`);
  process.exit(1);
}
const outDir = resolve(root, process.env.RECEIPTS_GENERATED_DIR ?? '.generated');
mkdirSync(outDir, { recursive: true });
const texts = Object.fromEntries(corpus.sources.map((s) => [s.id, files.texts.get(s.textFile) ?? '']));
writeFileSync(
  join(outDir, 'record.json'),
  JSON.stringify({ ...corpus, texts, sentences: sentences.sentences }),
);
writeFileSync(join(outDir, 'index.json'), serializeIndex(buildIndex(corpus)));
console.log(
  `record: ${corpus.sources.length} sources, ${corpus.statements.length} statements, ${corpus.claims.length} claims, ${corpus.entities.length} entities`,
);
