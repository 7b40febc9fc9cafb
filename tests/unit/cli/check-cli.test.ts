import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

// `npm run check` as a user types it: the real script, the real built record (.generated/, which
// npm ci builds).
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const check = (args: string[], input?: string) =>
  spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'src', 'cli', 'check.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    input,
    timeout: 60_000,
  });

describe('npm run check -- "sentence"', () => {
  test('without --date the sentence is checked against the record as it stands now', () => {
    const run = check(['Armenia has frozen its participation in the CSTO.']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Corroborated\n/);
  });

  test('unquoted words are one sentence, its first word included', () => {
    // Without its first word this sentence names neither the CSTO nor Pashinyan.
    const run = check(['Pashinyan', 'did', 'not', 'attend', 'the', 'summit', 'in', 'Minsk']);
    expect(run.status).toBe(0);
    expect(run.stdout).not.toMatch(/No mention/);
    expect(run.stdout).toMatch(/^Corroborated\n/);
  });

  test('--date before the sentence works as well as after it', () => {
    const run = check(['--date', '2023-11-24', 'Pashinyan did not attend the summit in Minsk']);
    expect(run.stdout).toMatch(/^Corroborated \(page of Nov 24, 2023\)\n/);
  });

  test('--help prints the usage on stdout and exits 0', () => {
    const run = check(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^usage: npm run check/);
  });

  test('a bad or missing date, no sentence, or an unknown option: the usage on stderr and exit 2', () => {
    for (const args of [
      ['Pashinyan did not attend the summit', '--date', '24.11.2023'],
      ['Pashinyan did not attend the summit', '--date'],
      [],
      ['--date', '2023-11-24'],
      ['Pashinyan did not attend', '--dat', '2023-11-24'],
    ]) {
      const run = check(args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr, args.join(' ')).toMatch(/usage: npm run check/);
      expect(run.stdout).toBe('');
    }
  });
});

test('a reader that stops early (npm run check -- ... | head) ends the check quietly', async () => {
  const child = spawn(
    join(ROOT, 'node_modules', '.bin', 'tsx'),
    [join(ROOT, 'src', 'cli', 'check.ts'), '--jsonl'],
    {
      cwd: ROOT,
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  // Closed before the check writes anything, as `head` has closed it by the time the rest comes.
  child.stdout.destroy();
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  child.stdin.end(
    Array.from({ length: 50 }, (_, i) => JSON.stringify({ id: i, text: 'Armenia left the CSTO.' })).join(
      '\n',
    ),
  );
  const [code] = await once(child, 'close');
  expect(stderr).toBe('');
  expect(code).toBe(0);
});
