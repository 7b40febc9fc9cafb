import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { checkGazetteer } from '../../../src/record/check-gazetteer';
import { readRecordFiles } from '../../../src/record/read-files';
import type { Entity } from '../../../src/record/types';
import { validateRecord } from '../../../src/record/validate';

// The engine's names beyond the record (data/lexicon/gazetteer.json) are checked at build: every
// mistake is named, with the entry it is in.

const dataDir = fileURLToPath(new URL('../../../data', import.meta.url));
const entities = validateRecord(readRecordFiles(dataDir).files).corpus.entities;
const real = JSON.parse(readFileSync(`${dataDir}/lexicon/gazetteer.json`, 'utf8'));
const reasons = (json: unknown, list: Entity[] = entities) =>
  checkGazetteer(json, list).map((e) => `${e.entry}: ${e.reason}`);

test('the lexicon the engine bundles is valid', () => {
  expect(reasons(real)).toEqual([]);
});

test('each mistake is named with its entry', () => {
  const broken = {
    metonyms: ['yerevan', 'armenia'],
    blocs: ['csto', 'armenia'],
    entries: [
      { id: 'pashinyan', parents: ['armenian-goverment'], names: ['Pashinyan', 'armenian leader'] },
      { id: 'kremlin', kind: 'organisation' },
      { id: 'erdogan', names: ['erdogan'] },
      { id: 'lavrov', parent: ['russia'] },
      { id: 'peskov', parents: ['kremlin'] },
      { id: 'peskov', names: [''] },
      { id: 'minsk-summit-2023' },
    ],
  };
  expect(reasons(broken)).toEqual([
    'pashinyan: "Pashinyan" is already the record\'s alias: leave it to data/entities',
    'kremlin: "kind" is the record\'s ("organisation"): leave it out',
    'erdogan: is no entity of the record, so it needs a "kind" (person, organisation or place)',
    'lavrov: unknown field "parent"',
    'peskov: is listed twice',
    'peskov: "names" must be a list of names',
    'minsk-summit-2023: is an event: the engine reads events from the record only',
    'pashinyan: speaks for unknown entity "armenian-goverment"',
    'armenia: a metonym must be a place of the record lying "within" a state',
    'armenia: a bloc must be an organisation of the record',
  ]);
});

test('someone speaking for themselves through others is a cycle', () => {
  const cycle = {
    metonyms: [],
    blocs: [],
    entries: [
      { id: 'peskov', parents: ['kremlin'] },
      { id: 'kremlin', parents: ['peskov'] },
    ],
  };
  expect(reasons(cycle)).toEqual([
    'peskov: speaks for itself through its parents (a cycle)',
    'kremlin: speaks for itself through its parents (a cycle)',
  ]);
});

test('a file of the wrong shape says so', () => {
  expect(reasons([])).toEqual(['(file): must be an object with "metonyms", "blocs" and "entries"']);
  expect(reasons({ metonyms: [] })).toEqual(['(file): "entries" must be a list']);
  expect(reasons({ entries: [] })).toEqual([
    '(file): "metonyms" must be a list of entity ids',
    '(file): "blocs" must be a list of entity ids',
  ]);
});
