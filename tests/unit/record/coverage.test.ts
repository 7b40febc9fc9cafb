import { describe, expect, test } from 'vitest';
import { entityMentions } from '../../../src/record/aliases';
import { loadRealRecord } from './load-record';

// Completeness of the record: every sentence of every archived source that quotes someone or names
// one of the record's entities is covered by a statement, or deliberately excluded with a reason.
const { corpus, texts, problems } = loadRealRecord();

const QUOTE_MARKS = /[“”"«»]/;
// The record's own alias matching, contextual aliases included: "Grigoryan" names him beside the CSTO.
const namesAnEntity = (text: string) => entityMentions(text, corpus.entities).length > 0;

interface Span {
  start: number;
  end: number;
}

function sentencesOf(text: string): (Span & { text: string })[] {
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  return [...segmenter.segment(text)]
    .map((s) => ({ start: s.index, end: s.index + s.segment.length, text: s.segment.trim() }))
    .filter((s) => s.text !== '');
}

/** Every place the snippet occurs in the text (a short quote may stand in more than one sentence). */
function spansOf(text: string, snippet: string): Span[] {
  const spans: Span[] = [];
  for (let at = text.indexOf(snippet); at !== -1; at = text.indexOf(snippet, at + 1)) {
    spans.push({ start: at, end: at + snippet.length });
  }
  return spans;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

test('the record validates', () => {
  expect(problems).toEqual([]);
});

test('all five sources are in the record, with URL and date', () => {
  expect(corpus.sources).toHaveLength(5);
  for (const source of corpus.sources) {
    expect(source.url).toMatch(/^https:\/\//);
    expect(source.published.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  }
});

describe.each(corpus.sources.map((s) => [s.id, s] as const))('%s', (_id, source) => {
  const text = texts.get(source.textFile) ?? '';
  const covered = corpus.statements
    .filter((s) => s.source === source.id)
    .flatMap((s) => spansOf(text, s.text));
  const excluded = source.excluded.flatMap((x) => spansOf(text, x.text));
  const mustBeCovered = sentencesOf(text).filter((s) => QUOTE_MARKS.test(s.text) || namesAnEntity(s.text));

  test('every sentence with a quotation or an entity is a statement or excluded', () => {
    const uncovered = mustBeCovered
      .filter((sentence) => ![...covered, ...excluded].some((span) => overlaps(span, sentence)))
      .map((s) => s.text);
    expect(uncovered).toEqual([]);
  });
});
