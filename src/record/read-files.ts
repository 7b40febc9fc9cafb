import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { RecordFiles, ValidationError } from './validate';

// Reads data/ as the validator wants it. A file that is not valid JSON is reported the same way
// as any other problem, with the parser's reason, instead of stopping at the first one.
export function readRecordFiles(dataDir: string): { files: RecordFiles; parseErrors: ValidationError[] } {
  const parseErrors: ValidationError[] = [];
  const readJsonDir = (dir: string) =>
    listFiles(join(dataDir, dir), '.json').flatMap((path) => {
      const file = relative(join(dataDir, '..'), path);
      try {
        return [{ file, json: JSON.parse(readFileSync(path, 'utf8')) as unknown }];
      } catch (error) {
        parseErrors.push({ file, entry: '(file)', reason: `is not valid JSON: ${(error as Error).message}` });
        return [];
      }
    });
  const texts = new Map(
    listFiles(join(dataDir, 'sources'), '.txt').map((path) => [
      path.split('/').pop() ?? path,
      readFileSync(path, 'utf8'),
    ]),
  );
  return {
    files: {
      entities: readJsonDir('entities'),
      sources: readJsonDir('sources'),
      claims: readJsonDir('claims'),
      texts,
    },
    parseErrors,
  };
}

function listFiles(dir: string, extension: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => join(dir, name));
}
