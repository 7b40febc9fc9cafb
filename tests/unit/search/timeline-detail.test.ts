import { describe, expect, test } from 'vitest';
import { createSearch, NO_FILTERS } from '../../../src/search';
import { paragraphAround } from '../../../src/search/context';
import { FIXTURE } from './fixture';

const recordSearch = createSearch(FIXTURE);

describe('timeline', () => {
  test('statements in date order, grouped by month; year-only dates head their year', () => {
    const months = recordSearch.timeline('', NO_FILTERS);
    expect(months.map((m) => m.key)).toEqual(['2023-11', '2024', '2024-02', '2024-06']);
    // Within Nov 2023 the statement dated only to the month comes before the dated days.
    expect(months[0]?.statements.map((s) => s.id)).toEqual(['a/04', 'a/01', 'a/02', 'a/03']);
  });

  test('filters and a query narrow it: how one speaker’s position changed', () => {
    const months = recordSearch.timeline('CSTO', { ...NO_FILTERS, speaker: 'pashinyan' });
    expect(months.flatMap((m) => m.statements.map((s) => s.id))).toEqual(['a/01', 'b/03', 'b/01', 'b/02']);
  });
});

describe('detail and context', () => {
  test('the paragraph around a statement, split at the statement', () => {
    const detail = recordSearch.detail('a/03');
    expect(detail?.context).toEqual({
      before: 'Kremlin spokesman Dmitry Peskov said Moscow regretted the decision. “',
      quote: 'Such meetings are useful,',
      after: '” Peskov added.',
    });
  });

  test('the claims a statement bears on, with its stance, disputes and endings', () => {
    expect(recordSearch.detail('a/04')?.claims).toEqual([
      expect.objectContaining({
        id: 'allies-ignored-request',
        stance: 'contradicts',
        disputed: expect.any(String),
      }),
    ]);
    expect(recordSearch.detail('b/02')?.claims).toEqual([
      expect.objectContaining({ id: 'no-plans-to-leave', ended: true }),
    ]);
    expect(recordSearch.detail('nope')).toBeNull();
  });

  test('no context rather than a guess when the text does not hold the statement', () => {
    expect(paragraphAround('one\ntwo', 'three')).toBeNull();
    expect(paragraphAround('one\ntwo three\nfour', 'two')).toEqual({
      before: '',
      quote: 'two',
      after: ' three',
    });
  });

  test('facets: speakers and outlets by how much they said, and the date span', () => {
    const facets = recordSearch.facets();
    expect(facets.speakers[0]).toEqual({ id: 'pashinyan', name: 'Nikol Pashinyan', person: true, count: 4 });
    // People apart from the bodies that speak as such: the filter groups them.
    expect(facets.speakers.filter((s) => !s.person).map((s) => s.id)).toEqual(
      FIXTURE.entities
        .filter((e) => e.kind !== 'person' && facets.speakers.some((s) => s.id === e.id))
        .map((e) => e.id),
    );
    expect(facets.outlets).toEqual([
      { name: 'The Daily Example', count: 4 },
      { name: 'Weekly Example', count: 3 },
    ]);
    expect(facets.dates).toEqual({ first: '2023-11-01', last: '2024-06-12' });
  });
});
