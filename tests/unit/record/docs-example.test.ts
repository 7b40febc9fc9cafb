import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { entriesIn } from '../../../src/record/list-file';
import { readRecordFiles } from '../../../src/record/read-files';
import { type RecordFiles, validateRecord } from '../../../src/record/validate';

// docs/record.md walks a maintainer through a real source. Its JSON blocks must stay copies of the
// real entries (lists may be cut short, never changed), and the validator messages it shows must be
// the ones the validator prints for the mistakes it describes.

const dataDir = fileURLToPath(new URL('../../../data', import.meta.url));
const guide = readFileSync(fileURLToPath(new URL('../../../docs/record.md', import.meta.url)), 'utf8');
const blocks = (lang: string) =>
  [...guide.matchAll(new RegExp(`\`\`\`${lang}\\n([\\s\\S]*?)\`\`\``, 'g'))].map((m) => m[1] ?? '');

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Whether `part` is `whole` with some lists cut short: same keys, same values, arrays a prefix. */
function isCutFrom(part: Json, whole: Json): boolean {
  if (Array.isArray(part)) {
    return (
      Array.isArray(whole) &&
      part.length <= whole.length &&
      part.every((p, i) => isCutFrom(p, whole[i] ?? null))
    );
  }
  if (part !== null && typeof part === 'object') {
    if (whole === null || typeof whole !== 'object' || Array.isArray(whole)) return false;
    const keys = Object.keys(whole);
    return (
      keys.length === Object.keys(part).length &&
      keys.every((k) => k in part && isCutFrom(part[k] ?? null, whole[k] ?? null))
    );
  }
  return part === whole;
}

function realEntries(files: RecordFiles): Map<string, Json> {
  const entries = new Map<string, Json>();
  const add = (list: unknown) => {
    for (const entry of list as { id: string }[]) entries.set(entry.id, entry as unknown as Json);
  };
  for (const { json } of files.sources) {
    const { source, statements } = json as { source: { id: string }; statements: unknown };
    add([source]);
    add(statements);
  }
  for (const { json } of files.claims) add(entriesIn(json, 'claims') ?? []);
  for (const { json } of files.entities) add(entriesIn(json, 'entities') ?? []);
  return entries;
}

const fresh = () => readRecordFiles(dataDir).files;

describe('docs/record.md', () => {
  test('every JSON example is a real entry of data/, with lists at most cut short', () => {
    const real = realEntries(fresh());
    const examples = blocks('json');
    expect(examples.length).toBeGreaterThanOrEqual(5);
    for (const text of examples) {
      const example = JSON.parse(text) as { id: string };
      const entry = real.get(example.id);
      expect(entry, example.id).toBeDefined();
      expect(isCutFrom(example as unknown as Json, entry ?? null), example.id).toBe(true);
    }
  });

  test('the archived text it quotes is how the file begins', () => {
    const [excerpt = ''] = blocks('text');
    const text = readFileSync(`${dataDir}/sources/003_208ac84f70e9e951.txt`, 'utf8');
    expect(excerpt.length).toBeGreaterThan(100);
    expect(text.startsWith(excerpt.trimEnd())).toBe(true);
  });

  const statement = (files: RecordFiles) => {
    const source = files.sources.find((f) => f.file.endsWith('003_208ac84f70e9e951.json'));
    const json = source?.json as { statements: { id: string; [key: string]: unknown }[] } | undefined;
    const found = json?.statements.find((s) => s.id === 'panarmenian-2024-06-13/06');
    if (!found) throw new Error('the example statement is gone from data/');
    return found;
  };
  const mistakes: [string, (files: RecordFiles) => void][] = [
    [
      'a tidied quote',
      (f) => {
        statement(f).text = 'We will leave the CSTO.';
      },
    ],
    [
      'a misspelt speaker',
      (f) => {
        statement(f).speaker = 'pashinian';
      },
    ],
    [
      'a date after publication',
      (f) => {
        statement(f).said = { date: '2024-06-14', precision: 'day' };
      },
    ],
    [
      'an ended claim without endedBy',
      (f) => {
        for (const { json } of f.claims) {
          for (const claim of entriesIn<{
            id: string;
            holds: object;
            endedBy?: string[];
            changing?: object;
          }>(json, 'claims') ?? []) {
            if (claim.id !== 'armenia-no-plans-to-leave-csto') continue;
            claim.holds = {};
            delete claim.endedBy;
            delete claim.changing;
          }
        }
      },
    ],
  ];
  test.each(mistakes)('shows what the validator prints for %s', (_name, mistake) => {
    const files = fresh();
    mistake(files);
    const { errors } = validateRecord(files);
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) expect(guide).toContain(`${error.file}: ${error.entry}: ${error.reason}`);
  });
});
