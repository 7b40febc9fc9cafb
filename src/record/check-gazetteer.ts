import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Entity } from './types';
import type { ValidationError } from './validate';

// data/lexicon/gazetteer.json holds what the engine knows about names beyond the record's entities
// (see src/engine/lexicon/gazetteer.ts). Checked at build like the record: it may only add to the
// entities (who speaks for whom, metonym cities, adjectives, names that are not aliases), never
// repeat an alias, name an unknown entity or make someone speak for themselves.

const FILE = 'data/lexicon/gazetteer.json';
const KINDS = new Set(['person', 'organisation', 'place']);
const ENTRY_FIELDS = new Set(['id', 'kind', 'parents', 'leads', 'names', 'adjectives']);

const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((v) => typeof v === 'string' && v.trim() !== '');

export function checkGazetteer(json: unknown, entities: Entity[]): ValidationError[] {
  const errors: ValidationError[] = [];
  const fail = (entry: string, reason: string) => errors.push({ file: FILE, entry, reason });
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    fail('(file)', 'must be an object with "metonyms", "blocs" and "entries"');
    return errors;
  }
  const { metonyms, blocs, entries } = json as { metonyms?: unknown; blocs?: unknown; entries?: unknown };
  if (!Array.isArray(entries)) {
    fail('(file)', '"entries" must be a list');
    return errors;
  }
  const record = new Map(entities.map((e) => [e.id, e]));
  const ids = new Set([...record.keys()]);
  const seen = new Set<string>();
  const parentsOf = new Map<string, string[]>();
  const ledBy = new Map<string, string[]>();
  entries.forEach((raw, i) => {
    const entry = raw as Record<string, unknown>;
    const id = typeof entry?.id === 'string' ? entry.id : `entries[${i}]`;
    if (typeof entry !== 'object' || entry === null || typeof entry.id !== 'string') {
      fail(id, 'an entry needs a string "id"');
      return;
    }
    for (const key of Object.keys(entry)) if (!ENTRY_FIELDS.has(key)) fail(id, `unknown field "${key}"`);
    if (seen.has(id)) fail(id, 'is listed twice');
    seen.add(id);
    const entity = record.get(id);
    if (entity && entry.kind !== undefined)
      fail(id, `"kind" is the record's ("${entity.kind}"): leave it out`);
    if (!entity && !KINDS.has(entry.kind as string)) {
      fail(id, 'is no entity of the record, so it needs a "kind" (person, organisation or place)');
    }
    if (entity?.kind === 'event') fail(id, 'is an event: the engine reads events from the record only');
    ids.add(id);
    for (const field of ['parents', 'leads', 'names', 'adjectives'] as const) {
      if (entry[field] !== undefined && !isStringList(entry[field]))
        fail(id, `"${field}" must be a list of names`);
    }
    if (isStringList(entry.parents)) parentsOf.set(id, entry.parents);
    if (isStringList(entry.leads)) ledBy.set(id, entry.leads);
    if (!entity) return;
    const aliases = new Set(
      [...Object.values(entity.aliases), ...Object.values(entity.contextual?.aliases ?? {})]
        .flat()
        .map((a) => a.toLowerCase()),
    );
    for (const name of isStringList(entry.names) ? entry.names : []) {
      if (aliases.has(name.toLowerCase()))
        fail(id, `"${name}" is already the record's alias: leave it to data/entities`);
    }
  });
  for (const [id, led] of ledBy) {
    for (const body of led) if (!ids.has(body)) fail(id, `leads unknown entity "${body}"`);
  }
  for (const [id, parents] of parentsOf) {
    for (const parent of parents) if (!ids.has(parent)) fail(id, `speaks for unknown entity "${parent}"`);
    if (speaksFor(id, id, parentsOf)) fail(id, 'speaks for itself through its parents (a cycle)');
  }
  if (!isStringList(metonyms)) fail('(file)', '"metonyms" must be a list of entity ids');
  for (const id of isStringList(metonyms) ? metonyms : []) {
    const city = record.get(id);
    if (city?.kind !== 'place' || !city.within)
      fail(id, 'a metonym must be a place of the record lying "within" a state');
  }
  if (!isStringList(blocs)) fail('(file)', '"blocs" must be a list of entity ids');
  for (const id of isStringList(blocs) ? blocs : []) {
    if (record.get(id)?.kind !== 'organisation') fail(id, 'a bloc must be an organisation of the record');
  }
  return errors;
}

function speaksFor(from: string, target: string, parentsOf: Map<string, string[]>): boolean {
  const seen = new Set<string>();
  const queue = [...(parentsOf.get(from) ?? [])];
  while (queue.length > 0) {
    const next = queue.shift() as string;
    if (next === target) return true;
    if (seen.has(next)) continue;
    seen.add(next);
    queue.push(...(parentsOf.get(next) ?? []));
  }
  return false;
}

/** Checks data/lexicon/gazetteer.json in a data folder; a folder that must have it and has not fails. */
export function checkGazetteerIn(dataDir: string, entities: Entity[], required: boolean): ValidationError[] {
  const path = join(dataDir, 'lexicon', 'gazetteer.json');
  if (!existsSync(path)) return required ? [{ file: FILE, entry: '(file)', reason: 'is missing' }] : [];
  try {
    return checkGazetteer(JSON.parse(readFileSync(path, 'utf8')), entities);
  } catch (error) {
    return [{ file: FILE, entry: '(file)', reason: `is not valid JSON: ${(error as Error).message}` }];
  }
}
