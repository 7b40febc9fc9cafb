// An archived text cut the way a reviewer reads it: its lines (paragraphs), their sentences, and
// the direct quotations in them, each with its offsets in the whole text so every piece the draft
// proposes is a verbatim slice of it.

export interface Span {
  text: string;
  start: number;
  end: number;
}

export interface Sentence extends Span {
  paragraph: Span;
  quotes: Span[];
}

// Curly, straight and guillemet quotation marks; a quotation does not run past its paragraph.
const QUOTATION = /“([^”\n]+)”|"([^"\n]+)"|«([^»\n]+)»/g;

function trimmed(text: string, start: number): Span {
  const lead = text.length - text.trimStart().length;
  const body = text.trim();
  return { text: body, start: start + lead, end: start + lead + body.length };
}

export function paragraphsOf(text: string): Span[] {
  const out: Span[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    if (line.trim() !== '') out.push(trimmed(line, offset));
    offset += line.length + 1;
  }
  return out;
}

export function quotationsIn(span: Span): Span[] {
  return [...span.text.matchAll(QUOTATION)].flatMap((m) => {
    const inner = m[1] ?? m[2] ?? m[3] ?? '';
    const at = span.start + m.index + 1;
    const quote = trimmed(inner, at);
    return quote.text === '' ? [] : [quote];
  });
}

/**
 * The sentences of a paragraph. Intl.Segmenter splits inside a quotation that holds a full stop, so
 * a sentence that ends inside an open quotation is joined to the next: the quotation stays whole.
 */
export function sentencesOf(paragraph: Span, language: string): Sentence[] {
  const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
  const pieces: Span[] = [];
  let depth = 0;
  let straight = 0;
  for (const { segment, index } of segmenter.segment(paragraph.text)) {
    const piece = {
      text: segment,
      start: paragraph.start + index,
      end: paragraph.start + index + segment.length,
    };
    const last = pieces.at(-1);
    const open = depth > 0 || straight % 2 === 1;
    if (open && last)
      pieces[pieces.length - 1] = { text: last.text + segment, start: last.start, end: piece.end };
    else pieces.push(piece);
    depth += (segment.match(/[“«]/g) ?? []).length - (segment.match(/[”»]/g) ?? []).length;
    straight += (segment.match(/"/g) ?? []).length;
  }
  return pieces
    .map((piece) => trimmed(piece.text, piece.start))
    .filter((s) => s.text !== '')
    .map((s) => ({ ...s, paragraph, quotes: quotationsIn(s) }));
}

/** A quotation of several sentences, sentence by sentence: each is a statement a claim can rest on. */
export function quoteSentences(quote: Span, language: string): Span[] {
  const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
  return [...segmenter.segment(quote.text)]
    .map(({ segment, index }) => trimmed(segment, quote.start + index))
    .filter((s) => s.text !== '');
}
