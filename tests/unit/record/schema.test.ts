import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject } from 'ajv';
import { describe, expect, test } from 'vitest';
import { readRecordFiles } from '../../../src/record/read-files';
import { SCHEMA_DIR, SCHEMA_FILES, schemaFileFor } from '../../../src/record/schema/files';
import { jsonSchemaOf } from '../../../src/record/schema/json-schema';
import { validateRecord } from '../../../src/record/validate';

// The JSON Schema files editors read are the record's schema, and they say what the validator says.
const root = fileURLToPath(new URL('../../..', import.meta.url));
const dataDir = join(root, 'data');

// errorMessage is the reason an editor shows (VS Code reads it); ajv need only let it through.
const ajv = new Ajv({ allErrors: true, verbose: true, strict: false });
const committed = (name: string) => JSON.parse(readFileSync(join(root, SCHEMA_DIR, name), 'utf8'));

const dataFiles = readdirSync(dataDir).flatMap((folder) =>
  readdirSync(join(dataDir, folder))
    .filter((name) => name.endsWith('.json'))
    .map((name) => ({ folder, name })),
);

/** An ajv error said as the validator says it: the entry's fields, then the reason. */
function reasonOf(error: ErrorObject, entryDepth: number): { at: string; reason: string } {
  const steps = error.instancePath.split('/').slice(1);
  const at = steps.slice(0, entryDepth).join('/');
  const words = steps
    .slice(entryDepth)
    .map((step) => (/^\d+$/.test(step) ? `item ${step}` : `field "${step}"`));
  if (error.keyword === 'required') words.push(`missing required field "${error.params.missingProperty}"`);
  else if (error.keyword === 'additionalProperties')
    words.push(`unknown field "${error.params.additionalProperty}"`);
  else words.push(String((error.parentSchema as { errorMessage?: string }).errorMessage ?? error.message));
  return { at, reason: words.join(' ') };
}

describe('the record schema', () => {
  test('schema/ holds what `npm run schema` writes from it', () => {
    for (const { name, folder, file, schema } of SCHEMA_FILES) {
      expect(committed(name), name).toEqual(
        JSON.parse(JSON.stringify(jsonSchemaOf(schema, `Receipts: data/${folder}/${file ?? '*.json'}`))),
      );
    }
  });

  test.each(dataFiles)('data/$folder/$name follows its JSON Schema', ({ folder, name }) => {
    const schemaFile = schemaFileFor(folder, name);
    expect(schemaFile, `no schema for data/${folder}/${name}`).toBeDefined();
    const validate = ajv.compile(committed(schemaFile?.name ?? ''));
    const json = JSON.parse(readFileSync(join(dataDir, folder, name), 'utf8'));
    expect(validate(json) ? [] : validate.errors).toEqual([]);
  });

  test('a broken source file fails in the editor with the validator’s reasons', () => {
    const { files } = readRecordFiles(dataDir);
    const original = files.sources[0];
    if (!original) throw new Error('data/sources has no file');
    const broken = structuredClone(original.json) as {
      source: Record<string, unknown>;
      statements: Record<string, unknown>[];
    };
    const [first, second, third] = broken.statements;
    if (!first || !second || !third) throw new Error(`${original.file} has under three statements`);
    delete first.speaker;
    second.kind = 'quotation';
    third.mood = 'wry';
    const fourth = broken.statements[3];
    if (!fourth) throw new Error(`${original.file} has under four statements`);
    fourth.said = { date: '2023-11-14', precision: 'week' };

    const validator = validateRecord({ ...files, sources: [{ file: original.file, json: broken }] })
      .errors.filter((e) => e.file === original.file)
      .map((e) => `${e.entry}: ${e.reason}`);
    const validate = ajv.compile(committed('source.schema.json'));
    expect(validate(broken)).toBe(false);
    const ids = new Map(broken.statements.map((s, i) => [`statements/${i}`, String(s.id)]));
    const editor = (validate.errors ?? []).map((error) => {
      const depth = error.instancePath.startsWith('/statements/') ? 2 : 1;
      const { at, reason } = reasonOf(error, depth);
      return `${ids.get(at) ?? String(broken.source.id)}: ${reason}`;
    });
    expect(validator).toEqual([
      `${first.id}: missing required field "speaker"`,
      `${second.id}: field "kind" must be one of quote, report`,
      `${third.id}: unknown field "mood"`,
      `${fourth.id}: field "said" field "precision" must be one of day, month, year`,
    ]);
    expect(new Set(editor)).toEqual(new Set(validator));
  });
});
