// `npm run bench` measures the extension at full size (all 130 real pages; about ten minutes on two
// busy cores); `-- --scale` adds the synthetic large-record part (two to three minutes more);
// `-- --quick` is for development (16 pages, fewer repetitions; its report goes to
// .output-bench/bench-work/quick.{json,md}, not results/); `-- --no-build` reuses the last build in
// .output-bench; `-- --browser chromium` or `firefox` measures in that browser only (both by default).

export interface BenchOptions {
  mode: 'full' | 'quick';
  /** `--browser chromium|firefox`: one of them; both, one after the other, by default. */
  browsers: ('chromium' | 'firefox')[];
  build: boolean;
  scale: boolean;
  /** Real-world pages to visit (all 130 in a full run). */
  realPages: number | 'all';
  noMentionReps: number;
  longArticleReps: number;
  hoversPerVisit: number;
  liveBlogReps: number;
  liveEntries: number;
  liveIntervalMs: number;
}

export function parseOptions(argv: string[]): BenchOptions {
  const has = (flag: string) => argv.includes(flag);
  const quick = has('--quick');
  const base: BenchOptions = quick
    ? {
        mode: 'quick',
        browsers: ['chromium', 'firefox'],
        build: true,
        scale: false,
        realPages: 16,
        noMentionReps: 1,
        longArticleReps: 2,
        hoversPerVisit: 8,
        liveBlogReps: 1,
        liveEntries: 5,
        liveIntervalMs: 800,
      }
    : {
        mode: 'full',
        browsers: ['chromium', 'firefox'],
        build: true,
        scale: false,
        realPages: 'all',
        noMentionReps: 1,
        longArticleReps: 5,
        hoversPerVisit: 12,
        liveBlogReps: 2,
        liveEntries: 8,
        liveIntervalMs: 700,
      };
  const browser = argv[argv.indexOf('--browser') + 1];
  if (has('--browser')) {
    if (browser !== 'chromium' && browser !== 'firefox')
      throw new Error(`--browser takes chromium or firefox, not ${browser ?? 'nothing'}`);
    base.browsers = [browser];
  }
  if (has('--no-build')) base.build = false;
  if (has('--scale')) base.scale = true;
  if (has('--no-scale')) base.scale = false;
  return base;
}
