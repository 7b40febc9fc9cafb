import { describe, expect, test } from 'vitest';
import { sentenceAround, sentenceFor, statementSentences, withSentences } from '../../../src/record/sentence';
import type { BundledRecord, Corpus, Source, Statement } from '../../../src/record/types';
import { loadRealRecord } from './load-record';

const ARCHIVE = [
  'Lavrov on Armenia',
  'On December 5, Mr. Lavrov said the CSTO had not received any word, adding that Armenia remains a welcome member of the group. Moscow denies that. It will not change.',
  '“We have frozen it de facto, and we will freeze it de jure,” he said.',
].join('\n');

const slice = (span: [number, number] | null) => (span ? ARCHIVE.slice(span[0], span[1]) : null);

describe('sentenceAround', () => {
  test('a fragment gets its whole sentence, not the paragraph, and an abbreviation does not end it', () => {
    expect(
      slice(sentenceAround(ARCHIVE, 'adding that Armenia remains a welcome member of the group', 'en')),
    ).toBe(
      'On December 5, Mr. Lavrov said the CSTO had not received any word, adding that Armenia remains a welcome member of the group.',
    );
    expect(slice(sentenceAround(ARCHIVE, 'We have frozen it de facto', 'en'))).toBe(
      '“We have frozen it de facto, and we will freeze it de jure,” he said.',
    );
  });

  test('a whole sentence is itself, without the space that follows it', () => {
    expect(slice(sentenceAround(ARCHIVE, 'Moscow denies that.', 'en'))).toBe('Moscow denies that.');
    expect(slice(sentenceAround(ARCHIVE, 'Lavrov on Armenia', 'en'))).toBe('Lavrov on Armenia');
  });

  test('a statement across two sentences gets both, and never the next paragraph', () => {
    expect(slice(sentenceAround(ARCHIVE, 'denies that. It will', 'en'))).toBe(
      'Moscow denies that. It will not change.',
    );
  });

  test('Russian is split as Russian', () => {
    const ru = 'Песков заявил, что Москва сожалеет. Армения остаётся членом ОДКБ, добавил он.';
    const span = sentenceAround(ru, 'Армения остаётся членом ОДКБ', 'ru');
    expect(span && ru.slice(...span)).toBe('Армения остаётся членом ОДКБ, добавил он.');
  });

  test('text that is not in the archive has no sentence', () => {
    expect(sentenceAround(ARCHIVE, 'Armenia left the CSTO', 'en')).toBeNull();
    expect(sentenceAround(ARCHIVE, '', 'en')).toBeNull();
  });
});

const source: Source = {
  id: 's',
  textFile: 's.txt',
  outlet: 'Outlet',
  headline: null,
  url: 'https://example.org/s',
  published: { date: '2023-12-06', precision: 'day' },
  author: null,
  via: null,
  language: 'en',
  excluded: [],
};
const statement = (id: string, text: string): Statement => ({
  id,
  source: 's',
  kind: 'report',
  text,
  speaker: 'lavrov',
  said: { date: '2023-12-05', precision: 'day' },
  setting: null,
  reportedBy: [],
  gist: text,
});
const corpus = (statements: Statement[]): Corpus => ({
  entities: [],
  sources: [source],
  statements,
  claims: [],
});
const texts = new Map([['s.txt', ARCHIVE]]);

describe('statementSentences', () => {
  test('keeps a span only for a statement that is part of its sentence', () => {
    const { sentences, errors } = statementSentences(
      corpus([
        statement('s/1', 'adding that Armenia remains a welcome member of the group'),
        statement('s/2', 'Moscow denies that.'),
      ]),
      texts,
      () => 'data/sources/s.json',
    );
    expect(errors).toEqual([]);
    expect(Object.keys(sentences)).toEqual(['s/1']);
    expect(slice(sentences['s/1'] ?? null)).toMatch(/^On December 5, .* of the group\.$/);
  });

  test('a text not in the archive fails with file, entry and reason', () => {
    const { errors } = statementSentences(
      corpus([statement('s/3', 'Armenia left the CSTO')]),
      texts,
      () => 'data/sources/s.json',
    );
    expect(errors).toEqual([
      {
        file: 'data/sources/s.json',
        entry: 's/3',
        reason: 'no sentence of s.txt holds the text: "Armenia left the CSTO"',
      },
    ]);
  });
});

describe('sentenceFor and withSentences', () => {
  const fragment = 'adding that Armenia remains a welcome member of the group';
  const built = (): BundledRecord => {
    const c = corpus([statement('s/1', fragment), statement('s/2', 'Moscow denies that.')]);
    const { sentences } = statementSentences(c, texts, () => 'f');
    return { ...c, texts: { s: ARCHIVE }, sentences };
  };

  test('the rest of the sentence on either side of the quote', () => {
    expect(sentenceFor(built(), 's/1', fragment)).toEqual({
      before: 'On December 5, Mr. Lavrov said the CSTO had not received any word, ',
      after: '.',
    });
    expect(sentenceFor(built(), 's/2', 'Moscow denies that.')).toBeNull();
    // A record built before sentences were kept shows the statement alone.
    expect(sentenceFor({ ...built(), sentences: undefined }, 's/1', fragment)).toBeNull();
  });

  test('evidence gains its sentence, and only evidence that needs one', () => {
    const out = withSentences(
      [
        { statementId: 's/1', quote: fragment },
        { statementId: 's/2', quote: 'Moscow denies that.' },
      ],
      built(),
    );
    expect(out[0]?.sentence?.before).toMatch(/^On December 5/);
    expect(out[1]).not.toHaveProperty('sentence');
  });
});

test('every statement of the real record has its sentence, and the bundled spans stay small', () => {
  const { corpus: real, texts: realTexts, problems } = loadRealRecord();
  expect(problems).toEqual([]);
  const { sentences, errors } = statementSentences(real, realTexts, () => '?');
  expect(errors).toEqual([]);
  const byId = new Map(real.statements.map((s) => [s.id, s]));
  const sourceOf = new Map(real.sources.map((s) => [s.id, s.textFile]));
  for (const [id, [start, end]] of Object.entries(sentences)) {
    const s = byId.get(id);
    const sentence = (realTexts.get(sourceOf.get(s?.source ?? '') ?? '') ?? '').slice(start, end);
    expect(sentence).toContain(s?.text);
    expect(sentence).not.toContain('\n');
  }
  expect(JSON.stringify(sentences).length).toBeLessThan(40 * real.statements.length);
});
