import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCRIPTS } from './scripts';
import type { Corpus } from './types';
import type { ValidationError } from './validate';

// The record's claims in Russian and Armenian: data/phrasings/<language>.json, one file a language,
// {"claim-id": {"supportingPhrasings": [...], "contradictingPhrasings": [...]}}, written as that
// language's outlets write. Validated like the record, then added to the claims' own phrasings, so
// the engine and the index read them exactly as the English ones.

export type PhrasingsByClaim = Record<
  string,
  { supportingPhrasings: string[]; contradictingPhrasings: string[] }
>;

export interface PhrasingFile {
  file: string;
  language: string;
  json: unknown;
}

const SIDES = ['supportingPhrasings', 'contradictingPhrasings'] as const;

export function readPhrasingFiles(dataDir: string): { files: PhrasingFile[]; errors: ValidationError[] } {
  const dir = join(dataDir, 'phrasings');
  const files: PhrasingFile[] = [];
  const errors: ValidationError[] = [];
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.json'));
  } catch {
    return { files, errors };
  }
  for (const name of names.sort()) {
    const file = `data/phrasings/${name}`;
    try {
      files.push({
        file,
        language: name.slice(0, -'.json'.length),
        json: JSON.parse(readFileSync(join(dir, name), 'utf8')),
      });
    } catch (error) {
      errors.push({ file, entry: '(file)', reason: `is not valid JSON: ${(error as Error).message}` });
    }
  }
  return { files, errors };
}

export function validatePhrasings(
  files: PhrasingFile[],
  claimIds: Set<string>,
): { byLanguage: Map<string, PhrasingsByClaim>; errors: ValidationError[] } {
  const byLanguage = new Map<string, PhrasingsByClaim>();
  const errors: ValidationError[] = [];
  for (const { file, language, json } of files) {
    const script = SCRIPTS[language];
    if (!script) {
      errors.push({
        file,
        entry: '(file)',
        reason: `names no known language (${Object.keys(SCRIPTS).join(', ')})`,
      });
      continue;
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
      errors.push({ file, entry: '(file)', reason: 'must be an object keyed by claim id' });
      continue;
    }
    const out: PhrasingsByClaim = {};
    for (const [claimId, value] of Object.entries(json)) {
      // The JSON Schema an editor reads (schema/phrasings.schema.json), not a claim.
      if (claimId === '$schema') continue;
      const problem = (reason: string) => errors.push({ file, entry: claimId, reason });
      if (!claimIds.has(claimId)) {
        problem('is not the id of a claim in data/claims');
        continue;
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        problem('must be {"supportingPhrasings": [...], "contradictingPhrasings": [...]}');
        continue;
      }
      const extra = Object.keys(value).filter((k) => !(SIDES as readonly string[]).includes(k));
      if (extra.length > 0) problem(`has unknown field(s) ${extra.join(', ')}`);
      const entry = { supportingPhrasings: [] as string[], contradictingPhrasings: [] as string[] };
      const seen = new Set<string>();
      for (const side of SIDES) {
        const list = (value as Record<string, unknown>)[side] ?? [];
        if (!Array.isArray(list)) {
          problem(`${side} must be a list of phrasings`);
          continue;
        }
        for (const [i, text] of list.entries()) {
          if (typeof text !== 'string' || text.trim() === '')
            problem(`${side}[${i}] must be a non-empty string`);
          else if (!script.test(text)) problem(`${side}[${i}] is not written in ${language}: "${text}"`);
          else if (seen.has(text)) problem(`${side}[${i}] repeats a phrasing: "${text}"`);
          else {
            seen.add(text);
            entry[side].push(text);
          }
        }
      }
      out[claimId] = entry;
    }
    byLanguage.set(language, out);
  }
  return { byLanguage, errors };
}

/** The corpus with every language's phrasings added after the claim's own. */
export function withPhrasings(corpus: Corpus, byLanguage: Map<string, PhrasingsByClaim>): Corpus {
  const claims = corpus.claims.map((claim) => {
    const supportingPhrasings = [...claim.supportingPhrasings];
    const contradictingPhrasings = [...claim.contradictingPhrasings];
    for (const phrasings of byLanguage.values()) {
      const extra = phrasings[claim.id];
      if (!extra) continue;
      supportingPhrasings.push(...extra.supportingPhrasings);
      contradictingPhrasings.push(...extra.contradictingPhrasings);
    }
    return { ...claim, supportingPhrasings, contradictingPhrasings };
  });
  return { ...corpus, claims };
}

/** data/phrasings read, validated against the corpus's claims and added to them. */
export function addPhrasings(dataDir: string, corpus: Corpus): { corpus: Corpus; errors: ValidationError[] } {
  const read = readPhrasingFiles(dataDir);
  const { byLanguage, errors } = validatePhrasings(read.files, new Set(corpus.claims.map((c) => c.id)));
  return { corpus: withPhrasings(corpus, byLanguage), errors: [...read.errors, ...errors] };
}
