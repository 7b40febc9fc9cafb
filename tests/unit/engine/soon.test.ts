import { expect, test } from 'vitest';
import { realEngine } from './real-engine';

// "Soon" in each language says when without a date the record could check: it adds no term, so
// it never keeps a sentence from being the same as a phrasing.
test('words for "soon" carry no term', () => {
  const terms = (text: string) => realEngine().analyzer.analyze(text).terms;
  const pairs: [string, string][] = [
    ['Pashinyan will visit Minsk.', 'Pashinyan will soon visit Minsk.'],
    ['Пашинян посетит Минск.', 'Пашинян в ближайшее время посетит Минск.'],
    ['Пашинян посетит Минск.', 'Пашинян вскоре посетит Минск.'],
    ['Փաշինյանը կայցելի Մինսկ։', 'Փաշինյանը շուտով կայցելի Մինսկ։'],
  ];
  for (const [plain, soon] of pairs) {
    expect(terms(soon), soon).toEqual(terms(plain));
  }
});
