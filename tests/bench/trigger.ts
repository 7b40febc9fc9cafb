import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { entriesIn } from '../../src/record/list-file';
import type { Entity } from '../../src/record/types';
import { REPO_ROOT } from './paths';

// The trigger names are the aliases of the two entities Receipts is about, in all three languages,
// read from the record itself so the contenders look for exactly what Receipts looks for.
const TRIGGER_ENTITIES = ['csto', 'pashinyan'];

export function triggerNames(): string[] {
  const file = JSON.parse(readFileSync(join(REPO_ROOT, 'data/entities/core.json'), 'utf8')) as unknown;
  const entities = entriesIn<Entity>(file, 'entities') ?? [];
  const names = entities
    .filter((e) => TRIGGER_ENTITIES.includes(e.id))
    .flatMap((e) => Object.values(e.aliases).flat());
  // Longest first, so an alternation prefers "Nikol Pashinyan" over "Pashinyan".
  return [...new Set(names)].sort((a, b) => b.length - a.length);
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One regular expression over all names, bounded by non-letters on both sides so "MacStories"
 * does not match "csto". Case-insensitive, so headlines in capitals are found too.
 */
export function triggerPatternSource(): string {
  return `(?<![\\p{L}\\p{N}])(?:${triggerNames().map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`;
}
