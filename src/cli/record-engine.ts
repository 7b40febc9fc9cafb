import { createEngine } from '../engine';
import type { Engine } from '../engine/types';
import { reasonText } from '../i18n/reason-text';
import { addPhrasings } from '../record/phrasings';
import { readRecordFiles } from '../record/read-files';
import type { BundledRecord } from '../record/types';
import { validateRecord } from '../record/validate';
import { buildIndex } from '../record-index/index';

// The engine over data/ as it stands now (not the last build), for the maintainer's commands: a
// draft or a flag is checked against the record being edited. Stops with the record's problems.
export function engineOverData(dataDir: string): Engine {
  const { files, parseErrors } = readRecordFiles(dataDir);
  const validated = validateRecord(files);
  const { corpus, errors } = addPhrasings(dataDir, validated.corpus);
  const problems = [...parseErrors, ...validated.errors, ...errors];
  if (problems.length > 0) {
    for (const { file, entry, reason } of problems) console.error(`${file}: ${entry}: ${reason}`);
    throw new Error(`data/ has ${problems.length} problem(s): fix them (npm run record) first`);
  }
  const texts = Object.fromEntries(corpus.sources.map((s) => [s.id, files.texts.get(s.textFile) ?? '']));
  const record: BundledRecord = { ...corpus, texts };
  return createEngine(record, JSON.stringify(buildIndex(corpus)), reasonText);
}
