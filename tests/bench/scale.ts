import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { createEngine } from '../../src/engine';
import { TermIndex } from '../../src/engine/term-index';
import { reasonText } from '../../src/i18n/reason-text';
import { entriesIn } from '../../src/record/list-file';
import type { Entity } from '../../src/record/types';
import { buildIndex, loadIndex, serializeIndex } from '../../src/record-index/index';
import { REPO_ROOT } from './paths';
import { scaleSentences } from './scale/sentences';
import { syntheticRecord } from './scale/synthetic-record';
import { median } from './stats';

// Scale: a synthetic record of 100,000 statements, and what it costs to index, ship, load and
// search. Runs alone (`npx tsx tests/bench/scale.ts`) or from `npm run bench -- --scale`.

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const MB = 1024 * 1024;
const heap = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};
const time = <T>(work: () => T): [T, number] => {
  const start = performance.now();
  const value = work();
  return [value, performance.now() - start];
};
/** CPU time of the process (all its threads, GC helpers included), ms: what other jobs on the machine cannot inflate. */
const cpuNow = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

export interface ScaleFigures {
  statements: number;
  claims: number;
  documents: number;
  generateMs: number;
  buildMs: number;
  buildHeapMB: number;
  recordJsonMB: number;
  recordParseMs: number;
  indexJsonMB: number;
  indexGzipMB: number;
  /** The engine's load of the index (src/engine/term-index.ts), ms. */
  loadMs: number[];
  loadMedianMs: number;
  /** The same loads in process CPU time, ms. */
  loadCpuMedianMs: number;
  /** The baseline in the same run: MiniSearch.loadJSON of the same JSON, which the engine used before. */
  miniSearchLoadMedianMs?: number;
  loadedIndexHeapMB: number;
  engine: null | {
    createMs: number;
    heapMB: number;
    sentences: number;
    checkMs: number;
    sentencesPerSecond: number;
    /** Sentences per second of process CPU time. */
    sentencesPerCpuSecond: number;
    /** The first pass over the sentences, when every term is new to the engine's caches. */
    firstPassSentencesPerSecond?: number;
    /** The second pass: a page's vocabulary repeats, so this is the rate a reading session settles at. */
    steadySentencesPerSecond?: number;
    perSentenceP95Ms: number;
  };
}

export async function runScale({
  statements = 100_000,
  claims = 5_000,
  log = console.log,
} = {}): Promise<ScaleFigures> {
  const entityDir = join(REPO_ROOT, 'data', 'entities');
  const entities = readdirSync(entityDir)
    .filter((f) => f.endsWith('.json'))
    .flatMap(
      (f) => entriesIn<Entity>(JSON.parse(readFileSync(join(entityDir, f), 'utf8')), 'entities') ?? [],
    );
  const [record, generateMs] = time(() => syntheticRecord(entities, { statements, claims }));
  log(`scale: generated ${record.statements.length} statements, ${record.claims.length} claims`);

  const before = heap();
  const [index, buildMs] = time(() => buildIndex(record));
  const buildHeapMB = (heap() - before) / MB;
  const serialized = serializeIndex(index);
  const documents = index.documentCount;
  const recordJson = JSON.stringify(record);
  const [, recordParseMs] = time(() => JSON.parse(recordJson));
  log(`scale: index of ${documents} documents built in ${Math.round(buildMs)} ms`);

  const loadMs: number[] = [];
  const loadCpuMs: number[] = [];
  const miniSearchLoadMs: number[] = [];
  // Alternating with the baseline, so drift on a shared machine falls on both.
  for (let i = 0; i < 3; i++) {
    const cpu = cpuNow();
    loadMs.push(time(() => TermIndex.parse(serialized))[1]);
    loadCpuMs.push(cpuNow() - cpu);
    miniSearchLoadMs.push(time(() => loadIndex(serialized))[1]);
  }
  const beforeLoad = heap();
  const loaded = TermIndex.parse(serialized);
  const loadedIndexHeapMB = (heap() - beforeLoad) / MB;
  void loaded.documentCount;

  const figures: ScaleFigures = {
    statements: record.statements.length,
    claims: record.claims.length,
    documents,
    generateMs,
    buildMs,
    buildHeapMB,
    recordJsonMB: Buffer.byteLength(recordJson) / MB,
    recordParseMs,
    indexJsonMB: Buffer.byteLength(serialized) / MB,
    indexGzipMB: gzipSync(serialized).length / MB,
    loadMs,
    loadMedianMs: median(loadMs),
    loadCpuMedianMs: median(loadCpuMs),
    miniSearchLoadMedianMs: median(miniSearchLoadMs),
    loadedIndexHeapMB,
    engine: null,
  };

  const beforeEngine = heap();
  const [engine, createMs] = time(() => createEngine(record, serialized, reasonText));
  const heapMB = (heap() - beforeEngine) / MB;
  const sentences = scaleSentences();
  const perSentence: number[] = [];
  const start = performance.now();
  const startCpu = cpuNow();
  // Two passes over the sentences, so the rate is not one cold pass; but a slow engine is stopped
  // after ten seconds (and ten sentences), so the bench stays within its time.
  const passMs: [number, number] = [0, 0];
  for (let i = 0; i < 2 * sentences.length; i++) {
    if (i >= 10 && performance.now() - start > 10_000) break;
    const { text, pageDate } = sentences[i % sentences.length] as (typeof sentences)[number];
    const ms = time(() => engine.check(text, { pageDate }))[1];
    perSentence.push(ms);
    passMs[i < sentences.length ? 0 : 1] += ms;
  }
  const passRate = (pass: 0 | 1) => {
    const checks = Math.min(sentences.length, Math.max(0, perSentence.length - pass * sentences.length));
    return checks > 0 ? (checks / passMs[pass]) * 1000 : undefined;
  };
  const checkMs = performance.now() - start;
  const checkCpuMs = cpuNow() - startCpu;
  perSentence.sort((a, b) => a - b);
  figures.engine = {
    createMs,
    heapMB,
    sentences: perSentence.length,
    checkMs,
    sentencesPerSecond: (perSentence.length / checkMs) * 1000,
    sentencesPerCpuSecond: (perSentence.length / checkCpuMs) * 1000,
    firstPassSentencesPerSecond: passRate(0),
    steadySentencesPerSecond: passRate(1),
    perSentenceP95Ms: perSentence[Math.ceil(perSentence.length * 0.95) - 1] ?? Number.NaN,
  };
  return figures;
}

/** The 100,000 statements, and two smaller records to show how the costs grow on the way. */
export const SCALE_STEPS = [1_000, 10_000, 100_000];

export async function runScaleLadder(log: (m: string) => void = console.log): Promise<ScaleFigures[]> {
  const out: ScaleFigures[] = [];
  // One claim per twenty statements, as a newsroom annotating claims less densely than statements.
  for (const statements of SCALE_STEPS)
    out.push(await runScale({ statements, claims: statements / 20, log }));
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(JSON.stringify(await runScaleLadder(), null, 2));
}
