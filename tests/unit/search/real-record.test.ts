import { expect, test } from 'vitest';
import type { BundledRecord } from '../../../src/record/types';
import { createSearch, NO_FILTERS } from '../../../src/search';
import { loadRealRecord } from '../record/load-record';

// The issue's own example on the real record: Pashinyan's statements in date order show the
// position change (no plans to leave, Nov 2023; frozen de facto, Feb 2024; "we will leave",
// Jun 2024; "point of no return", Dec 2024). Matched by wording, since annotators may renumber.
const { corpus, texts } = loadRealRecord();
const record: BundledRecord = {
  ...corpus,
  texts: Object.fromEntries(corpus.sources.map((s) => [s.id, texts.get(s.textFile) ?? ''])),
};
const recordSearch = createSearch(record);

test('the timeline shows how Armenia’s position on the CSTO changed, month by month', () => {
  // Not filtered by speaker: the first step is the outlet's own reporting of what he had not said.
  const months = recordSearch.timeline('', NO_FILTERS);
  const monthOf = (pattern: RegExp) =>
    months.find((m) => m.statements.some((s) => pattern.test(s.text) || pattern.test(s.gist)))?.key;
  const steps = [
    /no plans to (pull|leave)/i,
    /frozen .*de facto/i,
    /we will leave/i,
    /point of no return/i,
  ].map(monthOf);
  expect(steps).toEqual(['2023-11', '2024-02', '2024-06', '2024-12']);
});

test('Pashinian and ОДКБ find the same statements as Pashinyan and CSTO', () => {
  const ids = (query: string) =>
    recordSearch
      .search({ query, filters: NO_FILTERS, limit: 100 })
      .statements.map((h) => h.statement.id)
      .sort();
  expect(ids('Pashinian CSTO')).toEqual(ids('Pashinyan ОДКБ'));
  expect(ids('Pashinian CSTO').length).toBeGreaterThan(10);
});

test('every statement’s context is found in its archived source text', () => {
  for (const statement of record.statements)
    expect(recordSearch.detail(statement.id)?.context).not.toBeNull();
});

test('the speaker filter tells people from the governments, bodies and outlets that speak as such', () => {
  const kinds = new Map(record.entities.map((e) => [e.id, e.kind]));
  const speakers = recordSearch.facets().speakers;
  const bodies = speakers.filter((s) => !s.person);
  expect(bodies.length).toBeGreaterThan(0);
  expect(speakers.filter((s) => s.person).length).toBeGreaterThan(0);
  for (const s of speakers) expect(s.person, s.id).toBe(kinds.get(s.id) === 'person');
});
