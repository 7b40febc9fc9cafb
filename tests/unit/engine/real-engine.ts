import { fileURLToPath } from 'node:url';
import { createEngine } from '../../../src/engine';
import type { Analyzer } from '../../../src/engine/analyze/analyzer';
import { RecordAnalyzer } from '../../../src/engine/record-analyzer';
import type { Engine } from '../../../src/engine/types';
import { reasonText } from '../../../src/i18n/reason-text';
import { addPhrasings } from '../../../src/record/phrasings';
import { readRecordFiles } from '../../../src/record/read-files';
import type { BundledRecord } from '../../../src/record/types';
import { validateRecord } from '../../../src/record/validate';
import { buildIndex } from '../../../src/record-index/index';

// The engine over the real record in data/, built the way the extension gets it (validated
// corpus + serialized index), once per test file.
let cached: { engine: Engine; record: BundledRecord; analyzer: Analyzer } | undefined;

export function realEngine() {
  if (cached) return cached;
  const dataDir = fileURLToPath(new URL('../../../data', import.meta.url));
  const { files } = readRecordFiles(dataDir);
  const validated = validateRecord(files);
  const { corpus, errors } = addPhrasings(dataDir, validated.corpus);
  const problem = [...validated.errors, ...errors][0];
  if (problem)
    throw new Error(`data/ does not validate: ${problem.file}: ${problem.entry}: ${problem.reason}`);
  const texts = Object.fromEntries(corpus.sources.map((s) => [s.id, files.texts.get(s.textFile) ?? '']));
  const record: BundledRecord = { ...corpus, texts };
  const engine = createEngine(record, JSON.stringify(buildIndex(corpus)), reasonText);
  cached = { engine, record, analyzer: new RecordAnalyzer(record.entities) };
  return cached;
}

/** "attend-/future" style summary of a sentence's predicates, for readable expectations. */
export function predicates(text: string): string[] {
  return realEngine()
    .analyzer.analyze(text)
    .preds.map(
      (p) => `${p.concept}${p.polarity < 0 ? '-' : '+'}/${p.modality}${p.qualifier ? `/${p.qualifier}` : ''}`,
    );
}
