import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

// The house rules, held by a test rather than by memory (refined-github keeps its build's the same
// way). Where the code does not keep a rule yet, the exception is named here with why, and the test
// fails once it is no longer needed, so the list only shrinks.

const ROOT = join(dirname(new URL(import.meta.url).pathname), '..', '..', '..');
const CODE = /\.(ts|tsx)$/;

function filesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(ROOT, path)).isDirectory() ? filesUnder(path) : CODE.test(name) ? [path] : [];
  });
}

function foldersUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => [join(dir, entry.name), ...foldersUnder(join(dir, entry.name))]);
}

const SOURCES = [...filesUnder('src'), ...filesUnder('entrypoints')];
const text = new Map(SOURCES.map((f) => [f, readFileSync(join(ROOT, f), 'utf8')]));
const IMPORT = /^(?:import|export)\s[^;]*?\sfrom\s+'([^']+)'/gms;

/** What a file imports: repo paths for relative imports, the bare name otherwise. */
function importsOf(file: string): string[] {
  return [...(text.get(file) ?? '').matchAll(IMPORT)].map(([, spec = '']) => {
    if (!spec.startsWith('.')) return spec;
    const base = normalize(join(dirname(file), spec.replace(/\?raw$/, '')));
    return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((c) => text.has(c)) ?? base;
  });
}

/** Every file `file` reaches through its imports, itself included. */
function reach(file: string): Set<string> {
  const seen = new Set<string>();
  const walk = (f: string) => {
    if (seen.has(f)) return;
    seen.add(f);
    for (const i of importsOf(f)) if (text.has(i)) walk(i);
  };
  walk(file);
  return seen;
}

const lines = (file: string) => (text.get(file) ?? '').split('\n').length;

describe('house rules', () => {
  test('the engine reaches nothing of the content scripts, the extension pages, the background or a browser API', () => {
    const outside =
      /^src\/(content-scripts|extension-pages|ui|background|settings|messages|search|cli|flags)\//;
    const browserOnly = /^(wxt|webextension-polyfill|preact)(\/|$)/;
    const problems = SOURCES.filter((f) => f.startsWith('src/engine/')).flatMap((f) =>
      [...reach(f)].flatMap((g) => [
        ...(outside.test(g) ? [`${f} reaches ${g}`] : []),
        ...importsOf(g)
          .filter((i) => browserOnly.test(i))
          .map((i) => `${f} reaches ${g}, which imports ${i}`),
      ]),
    );
    expect([...new Set(problems)]).toEqual([]);
  });

  test('src imports nothing from tests/', () => {
    const leaning = SOURCES.filter((f) =>
      importsOf(f).some((i) => i.startsWith('tests/') || relative(ROOT, join(ROOT, i)).startsWith('tests/')),
    );
    expect(leaning).toEqual([]);
  });

  // The launcher is shared with the bench and the CLI, so it must not need a test runner.
  test('src/browsers imports no test framework', () => {
    const testing = SOURCES.filter(
      (f) => f.startsWith('src/browsers/') && importsOf(f).some((i) => /^(vitest|@vitest\/)/.test(i)),
    );
    expect(testing).toEqual([]);
  });

  // A folder says where its code runs and what it is for; two folders that need each other are one
  // idea split in two, or a fact kept in the wrong one. The content scripts and the extension pages
  // are a house of folders each (first-look, page-app, common; popup, sidebar, common), and each of
  // those counts as a folder here: common/ may need nothing of the folders that share it.
  test('no two folders of src/ import each other, directly or round a circle', () => {
    const folderOf = (f: string) =>
      /^src\/((?:content-scripts|extension-pages)\/[^/]+|[^/]+)\//.exec(f)?.[1] ?? null;
    const next = new Map<string, Map<string, string>>();
    for (const f of SOURCES) {
      const from = folderOf(f);
      if (!from) continue;
      for (const i of importsOf(f)) {
        const to = folderOf(i);
        if (!to || to === from) continue;
        const edges = next.get(from) ?? new Map<string, string>();
        if (!edges.has(to)) edges.set(to, `${f} imports ${i}`);
        next.set(from, edges);
      }
    }
    const reaches = (from: string, to: string) => {
      const seen = new Set<string>();
      const walk = (f: string): boolean => {
        if (f === to) return true;
        if (seen.has(f)) return false;
        seen.add(f);
        return [...(next.get(f)?.keys() ?? [])].some(walk);
      };
      return [...(next.get(from)?.keys() ?? [])].some(walk);
    };
    const circles = [...next].flatMap(([from, edges]) =>
      [...edges].filter(([to]) => reaches(to, from)).map(([, why]) => why),
    );
    expect(circles).toEqual([]);
  });

  // Types-only imports count too: a circle of types is still two files that cannot be read apart.
  test('no file imports itself round a circle', () => {
    const circles = SOURCES.filter((f) =>
      importsOf(f).some((i) => i !== f && text.has(i) && reach(i).has(f)),
    );
    expect(circles).toEqual([]);
  });

  // A test lives where the code it tests lives (tests/unit/content-scripts/page-app/ for
  // src/content-scripts/page-app/), so a folder that moves or goes takes its tests' folder with it.
  test('tests mirror src: every folder of tests/unit/ (but repo/) names a folder of src/', () => {
    const folders = foldersUnder('tests/unit').filter((d) => !/^tests\/unit\/repo(\/|$)/.test(d));
    expect(folders.length).toBeGreaterThan(10);
    const orphans = folders.filter(
      (d) =>
        !statSync(join(ROOT, 'src', relative('tests/unit', d)), { throwIfNoEntry: false })?.isDirectory(),
    );
    expect(orphans).toEqual([]);
  });

  test('no file over 400 lines', () => {
    expect(SOURCES.filter((f) => lines(f) > 400)).toEqual([]);
  });

  test('entrypoints only wire: short, and no function of their own (logic lives in src/, where it is tested)', () => {
    const entrypoints = SOURCES.filter((f) => f.startsWith('entrypoints/'));
    expect(entrypoints.length).toBeGreaterThan(5);
    expect(entrypoints.filter((f) => lines(f) > 60)).toEqual([]);
    expect(
      entrypoints.filter((f) => /^\s*(export\s+)?(async\s+)?function\s/m.test(text.get(f) ?? '')),
    ).toEqual([]);
  });
});
