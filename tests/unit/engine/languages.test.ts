import { expect, test } from 'vitest';
import { realEngine } from './real-engine';

// Russian and Armenian sentences against the English record, through the lexicon and aliases.
const verdict = (text: string, pageDate: string) => realEngine().engine.check(text, { pageDate }).verdict;

// The first test of the file builds the engine (record, index, lexicon): generous time on a loaded machine.
test('Russian', { timeout: 30_000 }, () => {
  expect(verdict('Пашинян не примет участия в саммите ОДКБ в Минске.', '2023-11-15')).toBe('corroborated');
  expect(verdict('Пашинян принял участие в саммите ОДКБ в Минске 23 ноября 2023 года.', '2023-11-24')).toBe(
    'conflicting',
  );
  expect(verdict('Пашинян заявил, что Армения никогда не выйдет из ОДКБ.', '2024-06-13')).toBe('conflicting');
  expect(verdict('Пашинян встретился с Макроном в Париже.', '2024-02-21')).not.toMatch(
    /corroborated|conflicting/,
  );
});

test('Armenian', () => {
  expect(verdict('Փաշինյանը հայտարարել է, որ Հայաստանը դուրս է գալու ՀԱՊԿ-ից։', '2024-06-12')).toBe(
    'corroborated',
  );
  expect(verdict('Փաշինյանը մասնակցել է ՀԱՊԿ Մինսկի գագաթնաժողովին։', '2023-11-24')).toBe('conflicting');
  expect(verdict('Լուկաշենկոն Փաշինյանին խորհուրդ է տվել չշտապել։', '2023-11-15')).toBe('corroborated');
});
