import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { analyzeLiveBlog, analyzeLongArticle } from './analysis/claim-dense';
import { analyzeNoMention } from './analysis/no-mention';
import { launchFirefoxFor } from './browser/firefox';
import { FirefoxRecorder } from './browser/firefox-recorder';
import { type BenchBrowser, type Engine, launchChromiumFor } from './browser/launch';
import { type BenchRecorder, Recorder } from './browser/recorder';
import { startPageServer } from './browser/server';
import { buildPlainContenders, type Contender, type ContenderId } from './contenders/build';
import { buildReceipts, receiptsContender, receiptsZip } from './contenders/receipts';
import { runEngineBench } from './engine-figures';
import { runLiveBlog, runLongArticle } from './groups/claim-dense';
import { runNoMention } from './groups/no-mention';
import { describeMachine } from './machine';
import { parseOptions } from './options';
import { writeClaimPages } from './pages/write';
import { GENERATED_PAGES_DIR, REAL_WORLD_DIR, REPO_ROOT, RESULTS_DIR, WORK_DIR } from './paths';
import { renderMarkdown } from './report/markdown';
import type { BenchResults, BrowserFigures } from './report/results';
import { runScaleLadder } from './scale';
import { measureSizes } from './sizes';

// `npm run bench`: builds the contenders, serves the pages, visits them in real Chromium and then
// Firefox (`-- --browser NAME` for one of them) with each contender in turn, and writes results/latest.json and results/latest.md. See docs/benchmarks.md.

const started = performance.now();
const options = parseOptions(process.argv.slice(2));
const elapsed = () => `${((performance.now() - started) / 60_000).toFixed(1)} min`;
const log = (message: string) => console.log(`[bench ${elapsed()}] ${message}`);

let receiptsError: string | null = null;
if (options.build) {
  log('building Receipts into .output-bench');
  try {
    buildReceipts();
  } catch (error) {
    receiptsError = `build failed: ${(error as Error).message}`;
  }
}
/** The contenders as built for one browser's extension format. */
function contendersFor(engine: Engine): Contender[] {
  const list: Contender[] = [
    { id: 'baseline', extensionDir: null, extensionName: null },
    ...buildPlainContenders(engine),
  ];
  try {
    if (!receiptsError) list.push(receiptsContender(engine));
  } catch (error) {
    receiptsError = (error as Error).message;
  }
  return list;
}

const claimPages = writeClaimPages();
log(`long article: ${claimPages.longArticle.words} words, ${claimPages.longArticle.claims} claim sentences`);
const allReal = readdirSync(REAL_WORLD_DIR)
  .filter((f) => f.endsWith('.html'))
  .sort();
const chosen =
  options.realPages === 'all'
    ? allReal
    : Array.from(
        { length: options.realPages },
        (_, i) => allReal[Math.floor((i * allReal.length) / (options.realPages as number))] as string,
      );

const server = await startPageServer({ 'real-world': REAL_WORLD_DIR, generated: GENERATED_PAGES_DIR });
const realPages = chosen.map((name) => ({ name, url: `${server.origin}/real-world/${name}` }));
const longUrl = `${server.origin}/generated/${claimPages.longArticle.name}`;
const liveUrl = `${server.origin}/generated/${claimPages.liveBlog.name}?entries=${options.liveEntries}&interval=${options.liveIntervalMs}`;

/** Every page group in one browser, one browser per contender, all open at once. */
async function measureIn(engine: Engine): Promise<BrowserFigures> {
  const contenders = contendersFor(engine);
  if (receiptsError) log(`Receipts left out: ${receiptsError}`);
  const browsers: BenchBrowser[] = [];
  const recorders = new Map<ContenderId, BenchRecorder>();
  const results: BrowserFigures = {
    noMention: null,
    longArticle: null,
    coldLongArticle: null,
    liveBlog: null,
  };
  try {
    for (const contender of contenders) {
      if (engine === 'chromium') {
        const browser = await launchChromiumFor(contender);
        browsers.push(browser);
        recorders.set(contender.id, await Recorder.attach(browser));
      } else {
        const browser = await launchFirefoxFor(contender);
        browsers.push(browser);
        recorders.set(contender.id, new FirefoxRecorder(browser));
      }
    }
    const receipts = recorders.get('receipts');
    if (receipts) {
      log(`${engine}: cold visit: Receipts on the long article, its engine not yet loaded`);
      const cold = await runLongArticle(new Map([['receipts', receipts]]), longUrl, 1, 3);
      results.coldLongArticle = analyzeLongArticle(cold);
    }
    log(`${engine}: warm-up: one page per contender, not measured`);
    for (const recorder of recorders.values()) {
      for (const url of [realPages[0]?.url, longUrl])
        if (url)
          await recorder.visit(
            url,
            async () => null,
            async () => null,
          );
    }

    log(
      `${engine}: pages with no mention: ${realPages.length} pages (the naive scan and the baseline on half of them each)`,
    );
    const quiet = await runNoMention(recorders, realPages, options.noMentionReps, (done, total) => {
      if (done % 50 === 0 || done === total) log(`  ${done}/${total} visits`);
    });
    results.noMention = analyzeNoMention(quiet);

    log(
      `${engine}: long article: ${options.longArticleReps} visits per contender, ${options.hoversPerVisit} hovers per Receipts visit`,
    );
    results.longArticle = analyzeLongArticle(
      await runLongArticle(recorders, longUrl, options.longArticleReps, options.hoversPerVisit),
    );
    log(`${engine}: live blog: ${options.liveBlogReps} visits each by Receipts and the baseline`);
    results.liveBlog = analyzeLiveBlog(await runLiveBlog(recorders, liveUrl, options.liveBlogReps));
  } finally {
    for (const browser of browsers) await browser.close().catch(() => {});
  }
  return results;
}

const figures: Partial<Record<Engine, BrowserFigures>> = {};
const results: Partial<BenchResults> = {};
try {
  // One browser after the other, never both at once: they would share the two cores.
  for (const engine of options.browsers) figures[engine] = await measureIn(engine);
} finally {
  await server.close();
}

if (!receiptsError) {
  const record = JSON.parse(readFileSync(join(REPO_ROOT, '.generated', 'record.json'), 'utf8'));
  results.sizes = measureSizes(receiptsZip(), record.statements?.[0]?.gist?.slice(0, 60) ?? '\u0000');
}
log('engine figures in Node (tests/bench/engine.ts)');
results.engine = runEngineBench();
if (options.scale) {
  log('scale: synthetic records of 1,000, 10,000 and 100,000 statements');
  results.scale = await runScaleLadder((m) => log(`  ${m}`));
}

const showDelay = /SHOW_DELAY_MS\s*=\s*(\d+)/.exec(
  readFileSync(join(REPO_ROOT, 'src', 'content-scripts', 'page-app', 'card-controller.ts'), 'utf8'),
)?.[1];
const full: BenchResults = {
  date: new Date().toISOString(),
  mode: options.mode,
  durationS: (performance.now() - started) / 1000,
  machine: describeMachine(),
  method: {
    samplingIntervalUs: 200,
    repetitions: {
      noMention: options.noMentionReps,
      longArticle: options.longArticleReps,
      hoversPerVisit: options.hoversPerVisit,
      liveBlog: options.liveBlogReps,
    },
  },
  receiptsError,
  showDelayMs: showDelay ? Number(showDelay) : null,
  pages: {
    realWorld: realPages.length,
    longArticle: {
      base: claimPages.longArticle.base,
      words: claimPages.longArticle.words,
      claims: claimPages.longArticle.claims,
      container: claimPages.longArticle.container,
    },
    liveBlog: {
      base: claimPages.liveBlog.base,
      initialClaims: claimPages.liveBlog.claims,
      entries: options.liveEntries,
      intervalMs: options.liveIntervalMs,
    },
  },
  browsers: options.browsers,
  noMention: figures.chromium?.noMention ?? null,
  longArticle: figures.chromium?.longArticle ?? null,
  coldLongArticle: figures.chromium?.coldLongArticle ?? null,
  liveBlog: figures.chromium?.liveBlog ?? null,
  firefox: figures.firefox ?? null,
  sizes: results.sizes ?? null,
  engine: results.engine ?? null,
  scale: results.scale ?? null,
};

const markdown = renderMarkdown(full);
// A quick run is for development: it goes to the ignored work folder and leaves the full run's
// results (which the docs quote) alone.
const outDir = options.mode === 'full' ? RESULTS_DIR : WORK_DIR;
const base = options.mode === 'full' ? 'latest' : 'quick';
mkdirSync(outDir, { recursive: true });
// Written beside and renamed, so an interrupted run never leaves half a file.
for (const [name, body] of [
  [`${base}.json`, `${JSON.stringify(full, null, 2)}\n`],
  [`${base}.md`, markdown],
] as const) {
  writeFileSync(join(outDir, `${name}.tmp`), body);
  renameSync(join(outDir, `${name}.tmp`), join(outDir, name));
}
console.log(`\n${markdown}`);
log(`written to ${relative(REPO_ROOT, join(outDir, base))}.{json,md}`);
