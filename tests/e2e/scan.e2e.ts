import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BROWSERS, REPO_ROOT } from '../../src/browsers';
import type { reportJson } from '../../src/cli/scan-report';
import { REAL_WORLD_DIR } from './harness/server';

// `npm run scan` as a reader runs it: the command in a child process, the built extension in a
// headless browser, the output read back from stdout. --no-build: like the other suites, this one
// runs on the build `npm run build` made, and must not rebuild under them.

type Report = ReturnType<typeof reportJson>;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function scan(...args: string[]): Promise<Run> {
  const tsx = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
  return new Promise((resolve) => {
    execFile(
      tsx,
      ['src/cli/scan.ts', '--no-build', ...args],
      { cwd: REPO_ROOT, timeout: 110_000 },
      (error, stdout, stderr) =>
        // A child killed by a signal has no exit code: say which signal, so a failure explains itself.
        resolve({
          code: error ? ((error as { code?: number }).code ?? 1) : 0,
          stdout,
          stderr:
            error && (error as { signal?: string }).signal
              ? `${stderr}\n(killed by ${(error as { signal?: string }).signal})`
              : stderr,
        }),
    );
  });
}

const NO_CLAIMS_PAGE = join(REAL_WORLD_DIR, 'aclu.html');

describe.each(BROWSERS)('$name', ({ name }) => {
  test('the demo article: a dozen claims and more, every verdict, in English, Russian and Armenian', async () => {
    const run = await scan('--json', '--browser', name);
    expect(run.stderr).not.toMatch(/failed/i);
    expect(run.code, `exit ${run.code}; stderr: ${run.stderr}`).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.state).toBe('ready');
    expect(report.pageDate).toBe('2024-12-06');
    expect(report.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/article\.html$/);
    expect(report.claims.length).toBeGreaterThanOrEqual(12);

    const verdictOf = (text: string) => report.claims.find((c) => c.text === text)?.verdict;
    const counts: Record<string, number> = {};
    for (const c of report.claims) counts[c.verdict] = (counts[c.verdict] ?? 0) + 1;
    expect(counts.corroborated).toBeGreaterThanOrEqual(5);
    expect(counts.conflicting).toBeGreaterThanOrEqual(3);
    expect(counts.related).toBeGreaterThanOrEqual(2);
    expect(counts.disputed).toBeGreaterThanOrEqual(1);
    expect(counts.none).toBeUndefined(); // "nothing in the record" is not a claim, and not shown

    expect(verdictOf('In November 2023 Pashinyan declined to attend the CSTO summit in Minsk.')).toBe(
      'corroborated',
    );
    expect(verdictOf('Armenia has formally withdrawn from the CSTO.')).toBe('conflicting');
    // True in 2023, no longer by the page's date: the page date from the metadata decides.
    expect(verdictOf('Officially, Armenia has announced no plans to leave the CSTO.')).toBe('conflicting');
    expect(
      verdictOf('Armenia asked its CSTO allies for help in September 2022, and they ignored the request.'),
    ).toBe('disputed');
    expect(verdictOf('Пашинян принял участие в саммите ОДКБ в Минске в ноябре 2023 года.')).toBe(
      'conflicting',
    );
    expect(verdictOf('В феврале 2024 года Пашинян заявил, что Армения заморозила свое участие в ОДКБ.')).toBe(
      'corroborated',
    );
    expect(verdictOf('Փաշինյանը չմասնակցեց Մինսկում ՀԱՊԿ գագաթնաժողովին։')).toBe('corroborated');
    expect(verdictOf('Փաշինյանը հայտարարել է, որ Հայաստանը դուրս է գալու ՀԱՊԿ-ից։')).toBe('corroborated');
    // Sentences without a mention stay out, wherever they are on the page.
    expect(report.claims.map((c) => c.text).join(' ')).not.toMatch(/Apricot|Few in Yerevan|senior adviser/);

    for (const claim of report.claims) {
      expect(claim.reason).not.toBe('');
      expect(claim.evidence.length).toBeGreaterThan(0);
      expect(claim.evidence[0]?.date).toMatch(/^\d{4}(-\d{2}){2}$/);
    }
  });

  test('a real page that never names the CSTO or Pashinyan: no claims, said plainly', async () => {
    const run = await scan(NO_CLAIMS_PAGE, '--browser', name);
    expect(run.code, `exit ${run.code}; stderr: ${run.stderr}`).toBe(0);
    expect(run.stdout).toMatch(/on http:\/\/127\.0\.0\.1:\d+\/aclu\.html\n/);
    expect(run.stdout).toContain(
      'No claims.\nThe page never names the CSTO or Pashinyan: nothing to check.\n',
    );
    expect(run.stdout).not.toContain('Verdict');
  });
});

test('the table: a row per claim with its verdict, why, and the top evidence with its date', async () => {
  const run = await scan();
  expect(run.code, `exit ${run.code}; stderr: ${run.stderr}`).toBe(0);
  const lines = run.stdout.split('\n');
  expect(lines[0]).toMatch(/^Receipts, in headless Chromium, on http:\/\/127\.0\.0\.1:\d+\/article\.html$/);
  expect(lines[1]).toBe('Page date: Dec 6, 2024');
  expect(lines[2]).toMatch(
    /^\d+ claims: \d+ conflicting( \(\d+ of them outdated\))?, \d+ disputed, \d+ corroborated, \d+ related$/,
  );
  const row = lines.findIndex((line) =>
    /^ *\d+ {2}Conflicting {3}Armenia has formally withdrawn from the CSTO\.$/.test(line),
  );
  expect(row).toBeGreaterThan(0);
  expect(lines[row + 1]?.trim()).toMatch(
    /^Why: The record says otherwise: “Armenia has not formally withdrawn/,
  );
  expect(lines.slice(row + 2, row + 5).join(' ')).toMatch(
    /Evidence: .+, [A-Z][a-z]{2} \d{1,2}, \d{4} \(.+ this page\)/,
  );
  for (const line of lines) expect(line.length).toBeLessThanOrEqual(100);
});

test('a page on the internet is refused before any browser starts', async () => {
  const run = await scan('https://example.com/news');
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).toContain('only pages served from this machine');
});

test('a reader that stops early (npm run scan -- --json | head) ends the scan quietly', async () => {
  const tsx = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
  const child = spawn(tsx, ['src/cli/scan.ts', '--no-build', '--json'], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Closed before the scan writes anything, as `head` has closed it by the time the rest comes.
  child.stdout.destroy();
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const [code, signal] = (await once(child, 'close')) as [number | null, string | null];
  expect(stderr).toMatch(/^Scanning http:\/\/127\.0\.0\.1:\d+\/article\.html/);
  expect(stderr).not.toMatch(/EPIPE|Error|\n\s+at /);
  expect({ code, signal }).toEqual({ code: 0, signal: null });
});
