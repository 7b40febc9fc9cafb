import { expect, test } from 'vitest';
import { dateProblem } from '../../src/record/validate';

test('refuses an impossible date', () => {
  expect(dateProblem('2023-02-30')).toMatch(/not a real date/);
  expect(dateProblem('2023-02-28')).toBeNull();
});
