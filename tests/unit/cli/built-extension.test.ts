import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildProblem, extensionDir, newestModification, REPO_ROOT } from '../../../src/cli/built-extension';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'receipts-built-'));
  await mkdir(join(dir, 'a', 'skip'), { recursive: true });
  await writeFile(join(dir, 'a', 'old.ts'), '');
  await writeFile(join(dir, 'a', 'skip', 'newest.ts'), '');
  await writeFile(join(dir, 'b.ts'), '');
  await utimes(join(dir, 'a', 'old.ts'), 1000, 1000);
  await utimes(join(dir, 'b.ts'), 2000, 2000);
  await utimes(join(dir, 'a', 'skip', 'newest.ts'), 3000, 3000);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

test('the newest file under the paths decides, skipped folders and missing paths aside', () => {
  expect(
    newestModification(
      [join(dir, 'a'), join(dir, 'b.ts'), join(dir, 'gone')],
      new Set([join(dir, 'a', 'skip')]),
    ),
  ).toBe(2_000_000);
  expect(newestModification([join(dir, 'gone')])).toBe(0);
});

test('the build folder follows RECEIPTS_OUT_DIR, and a missing build is reported', () => {
  expect(extensionDir('chromium', {})).toBe(join(REPO_ROOT, '.output', 'chrome-mv3'));
  expect(extensionDir('firefox', { RECEIPTS_OUT_DIR: dir })).toBe(join(dir, 'firefox-mv2'));
  expect(buildProblem('chromium', { RECEIPTS_OUT_DIR: dir })).toBe('not built yet');
});

test('a manifest older than the sources is stale; a newer one is current', async () => {
  await mkdir(join(dir, 'chrome-mv3'), { recursive: true });
  const manifest = join(dir, 'chrome-mv3', 'manifest.json');
  await writeFile(manifest, '{}');
  await utimes(manifest, 1000, 1000);
  expect(buildProblem('chromium', { RECEIPTS_OUT_DIR: dir })).toBe(
    'the sources changed since the last build',
  );
  const future = Date.now() / 1000 + 3600;
  await utimes(manifest, future, future);
  expect(buildProblem('chromium', { RECEIPTS_OUT_DIR: dir })).toBeNull();
});
