import { describe, expect, test } from 'vitest';
import { draftSource } from '../../../src/draft/draft';
import { matchOf } from '../../../src/draft/score';
import { entityMentions } from '../../../src/record/aliases';
import { loadRealRecord } from '../record/load-record';

// The draft tool on the record's five real texts, as if each were new: its hand-built statements
// are what a careful reviewer made of it. No claims are asked for here (the engine knows these texts).
const { corpus, texts, problems } = loadRealRecord();
const drafts = corpus.sources.map((source) => {
  const text = texts.get(source.textFile) ?? '';
  const draft = draftSource(
    text,
    {
      url: source.url,
      published: source.published.date,
      precision: source.published.precision,
      outlet: source.outlet,
      language: source.language,
    },
    corpus.entities,
    () => [],
  );
  return { source, text, draft, gold: corpus.statements.filter((s) => s.source === source.id) };
});

// Quotation marks paired within a line, written independently of the draft's own finder.
const QUOTED = /“([^”\n]+)”|"([^"\n]+)"|«([^»\n]+)»/g;
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

describe.each(drafts)('a draft of $source.id', ({ text, draft, gold }) => {
  test('the record it is measured against validates', () => {
    expect(problems).toEqual([]);
  });

  test('every statement and every exclusion it proposes is verbatim in the text', () => {
    expect(draft.statements.length).toBeGreaterThan(0);
    for (const s of draft.statements) expect(text, s.id).toContain(s.text);
    for (const e of draft.source.excluded) expect(text).toContain(e.text);
  });

  test('it proposes every sentence of every quotation of three words or more', () => {
    const quotes = draft.statements.filter((s) => s.kind === 'quote').map((s) => s.text);
    for (const m of text.matchAll(QUOTED)) {
      const inner = (m[1] ?? m[2] ?? m[3] ?? '').trim();
      if (inner.split(/\s+/).length < 3) continue;
      for (const { segment } of segmenter.segment(inner)) {
        const sentence = segment.trim();
        if (sentence)
          expect(
            quotes.some((q) => q.includes(sentence) || sentence.includes(q)),
            sentence,
          ).toBe(true);
      }
    }
  });

  test('it finds every hand-built quotation', () => {
    const missed = gold.filter((g) => g.kind === 'quote' && !matchOf(g, draft.statements)).map((g) => g.text);
    expect(missed).toEqual([]);
  });

  test('the speaker is right for every quotation whose sentence names its speaker', () => {
    const named = gold.filter((g) => {
      if (g.kind !== 'quote') return false;
      const line = text.split('\n').find((l) => l.includes(g.text)) ?? '';
      const sentence = [...segmenter.segment(line)]
        .map((s) => s.segment)
        .find((s) => s.includes(g.text.slice(0, 20)));
      const outside = (sentence ?? '').replace(/“[^”]*”|"[^"]*"/g, ' ');
      return entityMentions(outside.replace(/’/g, "'"), corpus.entities).some((m) => m.entity === g.speaker);
    });
    const wrong = named.flatMap((g) => {
      const match = matchOf(g, draft.statements);
      return match?.speaker === g.speaker ? [] : [`${g.id}: ${match?.speaker} for ${g.speaker}`];
    });
    expect(wrong).toEqual([]);
  });
});
