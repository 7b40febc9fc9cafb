import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCHEMA_DIR, SCHEMA_FILES } from '../record/schema/files';
import { jsonSchemaOf } from '../record/schema/json-schema';

// `npm run schema`: writes schema/*.schema.json from the record's valibot schema. The files are
// committed, so an editor finds them in a fresh clone; a unit test fails when they are stale.
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outDir = join(root, SCHEMA_DIR);
mkdirSync(outDir, { recursive: true });
for (const { name, folder, file, schema } of SCHEMA_FILES) {
  const title = `Receipts: data/${folder}/${file ?? '*.json'}`;
  writeFileSync(join(outDir, name), `${JSON.stringify(jsonSchemaOf(schema, title), null, 2)}\n`);
}
console.log(`schema: ${SCHEMA_FILES.length} JSON Schema files in ${SCHEMA_DIR}/`);
