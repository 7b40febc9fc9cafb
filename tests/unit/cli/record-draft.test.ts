import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';

// `npm run record -- draft` as a maintainer runs it, on one of the record's own texts.
const root = fileURLToPath(new URL('../../..', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'receipts-draft-'));
const article = join(root, 'data/sources/004_11dcaec7b4bc07c8.txt');
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/record.ts', 'draft', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('npm run record -- draft', { timeout: 60_000 }, () => {
  test('writes the draft and its archived text where it is told, with claims from the engine', () => {
    const args = [
      '--url',
      'https://example.org/a',
      '--date',
      '2024-12-12',
      '--outlet',
      'The Armenian Mirror-Spectator',
    ];
    const result = run(article, ...args, '--out', out);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const draft = JSON.parse(
      readFileSync(join(out, 'the-armenian-mirror-spectator-2024-12-12.json'), 'utf8'),
    );
    expect(readFileSync(join(out, draft.source.textFile), 'utf8')).toBe(readFileSync(article, 'utf8'));
    expect(draft.source).toMatchObject({
      url: 'https://example.org/a',
      published: { date: '2024-12-12', precision: 'day' },
    });
    const claims = draft.statements.flatMap(
      (s: { draft: { claims: { claim: string }[] } }) => s.draft.claims,
    );
    expect(claims.length).toBeGreaterThan(0);
  });

  test('refuses to write into data/, and names what is wrong with its arguments', () => {
    const inData = run(
      article,
      '--url',
      'https://example.org/a',
      '--date',
      '2024-12-12',
      '--outlet',
      'X',
      '--out',
      'data/sources',
    );
    expect(inData.status).toBe(2);
    expect(inData.stderr).toMatch(/outside data\//);
    expect(existsSync(join(root, 'data/sources/x-2024-12-12.json'))).toBe(false);
    const badDate = run(
      article,
      '--url',
      'https://example.org/a',
      '--date',
      '12/12/2024',
      '--outlet',
      'X',
      '--out',
      out,
    );
    expect(badDate.status).toBe(2);
    expect(badDate.stderr).toMatch(/--date must be the publication date, YYYY-MM-DD/);
  });
});
