import { fileURLToPath } from 'node:url';
import { readRecordFiles } from '../../../src/record/read-files';
import { validateRecord } from '../../../src/record/validate';

/** The real record in data/, validated; tests fail loudly if it does not validate. */
export function loadRealRecord() {
  const { files, parseErrors } = readRecordFiles(fileURLToPath(new URL('../../../data', import.meta.url)));
  const { corpus, errors } = validateRecord(files);
  return { corpus, texts: files.texts, problems: [...parseErrors, ...errors] };
}
