import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

// A clone has nothing beside it: the tests, the bench and the README's commands must read only what
// the repository holds. A reference to the folder that CI once laid beside the clone breaks a fresh
// clone, so none may come back.
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CHECKED = ['src', 'tests', 'docs', 'README.md', 'CONTRIBUTING.md', 'package.json'];
const THIS_FILE = relative(ROOT, fileURLToPath(import.meta.url));
const BINARY = /\.(png|jpe?g|gif|webp|ico|zip|woff2?)$/i;
const OUTSIDE = /\.\.[\\/]+shared\b/;

function filesUnder(path: string): string[] {
  const full = join(ROOT, path);
  if (!statSync(full, { throwIfNoEntry: false })) return [];
  if (statSync(full).isFile()) return [path];
  return readdirSync(full, { recursive: true, encoding: 'utf8' })
    .map((name) => join(path, name))
    .filter((name) => statSync(join(ROOT, name)).isFile());
}

test('nothing in src/, tests/, docs/, the README or package.json reads from ../shared', () => {
  const files = CHECKED.flatMap(filesUnder).filter((f) => f !== THIS_FILE && !BINARY.test(f));
  expect(files.length).toBeGreaterThan(100);
  const offenders = files.flatMap((file) =>
    readFileSync(join(ROOT, file), 'utf8')
      .split('\n')
      .flatMap((line, i) => (OUTSIDE.test(line) ? [`${file}:${i + 1}: ${line.trim().slice(0, 120)}`] : [])),
  );
  expect(offenders).toEqual([]);
});
