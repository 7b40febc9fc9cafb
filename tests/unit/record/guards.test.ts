import { describe, expect, test } from 'vitest';
import { parseCheckArgs } from '../../../src/cli/check-args';
import { parseRequest } from '../../../src/messages/contract';
import { isCalendarDate, isObject } from '../../../src/record/guards';
import { dateProblem } from '../../../src/record/validate';
import { parseFilters } from '../../../src/search/parse';

describe('one date check for every door', () => {
  test('a real calendar day passes, a well-shaped impossible one does not', () => {
    expect(['2024-02-29', '2023-11-14', '1992-05-15'].map(isCalendarDate)).toEqual([true, true, true]);
    expect(
      ['2023-02-29', '2024-02-30', '2024-13-01', '2024-2-3', '20240203', '', null, 20240203].map(
        isCalendarDate,
      ),
    ).toEqual([false, false, false, false, false, false, false, false]);
  });

  test('the record, the sidebar filters, the messages and the command line refuse the same day', () => {
    const impossible = '2024-02-30';
    expect(dateProblem(impossible)).toMatch(/not a real date/);
    expect(dateProblem('2024-02-29')).toBeNull();
    expect(parseFilters({ from: impossible })).toEqual({ error: 'from must be YYYY-MM-DD or null' });
    expect(parseRequest({ type: 'check', sentences: ['x'], pageDate: impossible })).toEqual({
      error: 'pageDate must be YYYY-MM-DD or null',
    });
    expect(parseCheckArgs(['Pashinyan', '--date', impossible]).mode).toBe('error');
    expect(parseFilters({ from: '2024-02-29' })).toMatchObject({ from: '2024-02-29' });
  });

  test('an object is neither null nor a list', () => {
    expect([{}, { a: 1 }].map(isObject)).toEqual([true, true]);
    expect([null, [], 'x', 1, undefined].map(isObject)).toEqual([false, false, false, false, false]);
  });
});
