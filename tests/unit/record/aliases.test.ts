import { describe, expect, test } from 'vitest';
import { entityMentions } from '../../../src/record/aliases';
import type { Language } from '../../../src/record/types';
import { loadRealRecord } from './load-record';
import phrases from './ordinary-phrases.json';

// Aliases must name what the record means and nothing else. Each phrase below is ordinary text
// (a word, another country's office, a generic title, another war) that once matched an entity,
// or would; and each name in "names" must still be found, so the check cannot pass by matching nothing.
const { corpus } = loadRealRecord();
const found = (text: string) =>
  entityMentions(text, corpus.entities).map((m) => `${m.entity} (“${m.alias}”)`);

describe('ordinary phrases name no entity', () => {
  for (const language of ['en', 'ru', 'hy'] as Language[]) {
    test.each(phrases.nameNothing[language])(`${language}: %s`, (text) => {
      expect(found(text)).toEqual([]);
    });
  }
});

describe('a name of something else is not this entity', () => {
  test.each(phrases.notThisEntity.map((p) => [p.text, p.entity]))('%s is not %s', (text, entity) => {
    expect(entityMentions(text, corpus.entities).map((m) => m.entity)).not.toContain(entity);
  });
});

describe('the record’s names are found', () => {
  test.each(phrases.names.map((p) => [p.text, p.entity]))('%s names %s', (text, entity) => {
    expect(entityMentions(text, corpus.entities).map((m) => m.entity)).toContain(entity);
  });
});

test('every entity the phrases name exists', () => {
  const ids = new Set(corpus.entities.map((e) => e.id));
  const named = [...phrases.notThisEntity, ...phrases.names].map((p) => p.entity);
  expect(named.filter((id) => !ids.has(id))).toEqual([]);
});
