import type * as v from 'valibot';
import { draftFiles } from './draft';
import { lexiconFiles } from './lexicon';
import { marksFiles } from './marks';
import { claimsFile, entitiesFile, phrasingsFile, sourceFile } from './record';

// Which schema each file in data/ follows, and the name of its JSON Schema in schema/. A data file
// names that JSON Schema in its `$schema` (relative to itself), so an editor finds it.

export interface SchemaFile {
  /** The JSON Schema's file name in schema/. */
  name: string;
  /** The data folder it applies to, and the file name there (null: every .json file in it). */
  folder: string;
  file: string | null;
  schema: v.GenericSchema;
}

export const SCHEMA_DIR = 'schema';

export const SCHEMA_FILES: SchemaFile[] = [
  { name: 'source.schema.json', folder: 'sources', file: null, schema: sourceFile },
  { name: 'entities.schema.json', folder: 'entities', file: null, schema: entitiesFile },
  { name: 'claims.schema.json', folder: 'claims', file: null, schema: claimsFile },
  { name: 'phrasings.schema.json', folder: 'phrasings', file: null, schema: phrasingsFile },
  ...Object.entries(lexiconFiles).map(([file, schema]) => ({
    name: `lexicon-${file.replace(/\.json$/, '')}.schema.json`,
    folder: 'lexicon',
    file,
    schema: schema as v.GenericSchema,
  })),
  ...Object.entries(marksFiles).map(([file, schema]) => ({
    name: `marks-${file.replace(/\.json$/, '')}.schema.json`,
    folder: 'marks',
    file,
    schema: schema as v.GenericSchema,
  })),
  ...Object.entries(draftFiles).map(([file, schema]) => ({
    name: `draft-${file.replace(/\.json$/, '')}.schema.json`,
    folder: 'draft',
    file,
    schema: schema as v.GenericSchema,
  })),
];

/** The schema for a file at `folder/name` of data/, if the record has one. */
export function schemaFileFor(folder: string, name: string): SchemaFile | undefined {
  return SCHEMA_FILES.find((s) => s.folder === folder && (s.file === null || s.file === name));
}
