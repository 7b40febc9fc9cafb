import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RESULTS_DIR } from '../paths';
import { renderMarkdown } from './markdown';
import type { BenchResults } from './results';

// Renders results/latest.md again from results/latest.json, after a change to the report's wording
// or layout, without measuring again: `npx tsx tests/bench/report/rerender.ts`.
const results = JSON.parse(readFileSync(join(RESULTS_DIR, 'latest.json'), 'utf8')) as BenchResults;
writeFileSync(join(RESULTS_DIR, 'latest.md'), renderMarkdown(results));
console.log(renderMarkdown(results));
