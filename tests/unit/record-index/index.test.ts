import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { readRecordFiles } from '../../../src/record/read-files';
import { validateRecord } from '../../../src/record/validate';
import { buildIndex, loadIndex } from '../../../src/record-index/index';
import { indexAnalyzer, processTerm, tokenize } from '../../../src/record-index/options';

// The engine's index stores canonical terms, so every spelling, language and inflection of a
// name or predicate finds the same documents; and it answers the same after a round trip through
// JSON, which fails if building and loading ever use different options.
const { files } = readRecordFiles(fileURLToPath(new URL('../../../data', import.meta.url)));
const { corpus } = validateRecord(files);
const index = loadIndex(JSON.stringify(buildIndex(corpus)));
const top = (query: string, n = 5) =>
  index
    .search(query)
    .slice(0, n)
    .map((r) => r.ref as string);

test('spellings, languages and inflections of a name are one term', () => {
  const terms = (text: string) => indexAnalyzer().terms(text);
  for (const name of [
    'Pashinyan',
    'Pashinian',
    "Pashinyan's",
    'Пашиняну',
    'Փաշինյանից',
    'the Armenian prime minister',
  ]) {
    expect(terms(name), name).toContain('e:pashinyan');
  }
  for (const name of [
    'CSTO',
    'ОДКБ',
    'ՀԱՊԿ-ից',
    'Collective Security Treaty Organization',
    'Russia-led military alliance',
  ]) {
    expect(terms(name), name).toContain('e:csto');
  }
  for (const verb of ['skipped', 'did not attend', 'пропустит', 'participated', 'участвовать', 'մասնակցել']) {
    expect(terms(verb), verb).toContain('c:attend');
  }
});

test('a Russian or Armenian query finds the English claim', () => {
  expect(top('Пашинян пропустит саммит ОДКБ в Минске')).toContain('pashinyan-skips-minsk-csto-summit-2023');
  expect(top('Լուկաշենկոն Փաշինյանին խորհուրդ է տվել չշտապել')).toContain(
    'lukashenko-urged-pashinyan-no-hasty-decisions',
  );
});

test('the rare words decide the ranking', () => {
  expect(top('two chairs', 3)).toContain('zakharova-two-chairs');
  expect(top('bubble alliance', 3)).toContain('pashinyan-calls-csto-bubble-alliance');
});

test('a loaded index answers as the built one', () => {
  const built = buildIndex(corpus);
  const loaded = loadIndex(JSON.stringify(built));
  for (const q of ['frozen de facto', 'Lukashenka hasty', 'Пашинян', 'point of no return']) {
    expect(loaded.search(q).map((r) => r.id)).toEqual(built.search(q).map((r) => r.id));
  }
});

test('the plain-word tokenizer keeps substrings of the text, for marking matches', () => {
  const text = 'Pashinyan’s CSTO decision';
  for (const token of tokenize(text)) expect(text.includes(token)).toBe(true);
  expect(tokenize(text).map(processTerm)).toEqual(['pashinyan', 'csto', 'decision']);
});
