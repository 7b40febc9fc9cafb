import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Every path is built from this file's location, so the bench runs from any clone and any working
// directory. Build output goes under .output-bench (ignored by git via `.output*/`), never into
// .output, which other builds and tests use at the same time.
export const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = join(BENCH_DIR, '..', '..');
export const REAL_WORLD_DIR = join(REPO_ROOT, 'tests', 'fixtures', 'real-world');
export const OUT_DIR_NAME = '.output-bench';
export const OUT_DIR = join(REPO_ROOT, OUT_DIR_NAME);
export const RECEIPTS_DIR = join(OUT_DIR, 'chrome-mv3');
export const RECEIPTS_FIREFOX_DIR = join(OUT_DIR, 'firefox-mv2');
export const WORK_DIR = join(OUT_DIR, 'bench-work');
export const CONTENDERS_DIR = join(WORK_DIR, 'contenders');
export const GENERATED_PAGES_DIR = join(WORK_DIR, 'pages');
export const RESULTS_DIR = join(BENCH_DIR, 'results');
