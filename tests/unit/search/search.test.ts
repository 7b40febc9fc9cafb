import { describe, expect, test } from 'vitest';
import { createSearch, NO_FILTERS, type SearchFilters, type TextSpan } from '../../../src/search';
import { FIXTURE } from './fixture';

const recordSearch = createSearch(FIXTURE);
const search = (query: string, filters: Partial<SearchFilters> = {}) =>
  recordSearch.search({ query, filters: { ...NO_FILTERS, ...filters }, limit: 50 });
const ids = (answer: ReturnType<typeof search>) => answer.statements.map((h) => h.statement.id);
const marked = (text: string, spans: TextSpan[]) => spans.map((s) => text.slice(s.start, s.end));

describe('name variants come from the entities’ aliases', () => {
  test('Pashinian finds the statements that spell it Pashinyan, and says what it searched', () => {
    const answer = search('Pashinian');
    expect(ids(answer)).toEqual(expect.arrayContaining(['a/01', 'b/01']));
    expect(answer.names).toEqual([{ typed: 'pashinian', name: 'Nikol Pashinyan' }]);
    const frozen = answer.statements.find((h) => h.statement.id === 'b/01');
    expect(marked(frozen?.statement.text ?? '', frozen?.marks.text ?? [])).toContain('Pashinyan');
  });

  test('ОДКБ (Russian) and ՀԱՊԿ-ից (Armenian, inflected) find the CSTO', () => {
    for (const query of ['ОДКБ', 'ՀԱՊԿ-ից', 'одкб']) {
      const answer = search(query);
      expect(answer.match).toBe('all');
      expect(ids(answer)).toContain('b/01');
      expect(answer.names[0]?.name).toBe('Collective Security Treaty Organization (CSTO)');
    }
  });

  test('a name half typed already finds it (as-you-type)', () => {
    expect(ids(search('ОДК'))).toContain('b/01');
    expect(ids(search('Peskov regr'))).toEqual(['a/02']);
  });

  test('a multi-word alias counts as the name: "Kremlin spokesman" finds Peskov’s statements', () => {
    const answer = search('Kremlin spokesman useful');
    expect(ids(answer)).toEqual(['a/03']);
    expect(answer.names[0]?.name).toBe('Dmitry Peskov');
  });
});

describe('matching and ranking', () => {
  test('every word must match; the matched words are marked, stop words are not', () => {
    const answer = search('Pashinyan Minsk summit');
    expect(answer.match).toBe('all');
    expect(ids(answer)[0]).toBe('a/01');
    const hit = answer.statements[0];
    expect(marked(hit?.statement.text ?? '', hit?.marks.text ?? [])).toEqual([
      'Pashinian',
      'summit',
      'Minsk',
    ]);
    expect(answer.claims.map((c) => c.claim.id)).toEqual(['skips-minsk']);
    expect(marked(answer.claims[0]?.claim.text ?? '', answer.claims[0]?.marks ?? [])).not.toContain('the');
  });

  test('prefix and fuzzy: "summ" and a typo "Zakharva" still match', () => {
    expect(ids(search('summ'))).toContain('a/01');
    expect(ids(search('Zakharva'))).toEqual(['a/04']);
  });

  test('a whole sentence with no statement holding every word falls back to any word, and says so', () => {
    const answer = search('Pashinyan regretted nothing about bananas');
    expect(answer.match).toBe('some');
    expect(answer.statements.length).toBeGreaterThan(0);
  });

  test('nothing in the record says so, and an empty query is not a search', () => {
    expect(search('bananas')).toMatchObject({ match: 'none', total: 0, statements: [], claims: [] });
    expect(search('   ')).toMatchObject({ match: 'empty' });
  });

  test('the limit cuts the lists but total counts everything', () => {
    const answer = recordSearch.search({ query: 'CSTO', filters: NO_FILTERS, limit: 1 });
    expect(answer.statements).toHaveLength(1);
    expect(answer.total).toBeGreaterThan(2);
  });
});

describe('filters', () => {
  test('speaker', () => {
    expect(ids(search('regretted', { speaker: 'peskov' }))).toEqual(['a/02']);
    expect(ids(search('useful', { speaker: 'zakharova' }))).toEqual([]);
    expect(ids(search('CSTO', { speaker: 'peskov' }))).toEqual([]);
  });

  test('outlet', () => {
    expect(ids(search('Pashinyan', { outlet: 'Weekly Example' })).sort()).toEqual(['b/01', 'b/02', 'b/03']);
  });

  test('stance in the record: contradicts, disputed, ended', () => {
    expect(ids(search('allies', { stance: 'contradicts' }))).toEqual(['a/04']);
    expect(ids(search('allies', { stance: 'disputed' }))).toEqual(['a/04']);
    expect(ids(search('leave', { stance: 'ended' }))).toEqual(['b/02']);
    // a/02 is Peskov's, found through its gist ("... that Pashinyan would skip the summit").
    expect(ids(search('Pashinyan', { stance: 'supports' })).sort()).toEqual(['a/01', 'a/02', 'b/01']);
  });

  test('date range, with a month-precise date overlapping a range that touches its month', () => {
    expect(ids(search('Pashinyan', { from: '2024-01-01', to: '2024-06-30' })).sort()).toEqual([
      'b/01',
      'b/02',
      'b/03',
    ]);
    expect(ids(search('Zakharova', { from: '2023-11-20' }))).toEqual(['a/04']);
    expect(ids(search('Zakharova', { to: '2023-10-31' }))).toEqual([]);
  });

  test('a claim passes when a statement it rests on passes', () => {
    expect(search('Minsk', { speaker: 'peskov' }).claims.map((c) => c.claim.id)).toEqual(['skips-minsk']);
    expect(search('Minsk', { speaker: 'zakharova' }).claims).toEqual([]);
  });
});
