import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type PerturbationData, validatePerturbationData } from '../../../src/eval/perturbation-data';

// The perturbation data as npm run eval reads it.
export const perturbations: PerturbationData = validatePerturbationData(
  JSON.parse(
    readFileSync(fileURLToPath(new URL('../../../eval/perturbations.json', import.meta.url)), 'utf8'),
  ),
);

export const evalFile = (name: string) => fileURLToPath(new URL(`../../../eval/${name}`, import.meta.url));
