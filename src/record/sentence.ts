import type { BundledRecord, Corpus, Language } from './types';
import type { ValidationError } from './validate';

// A statement is often a fragment of a sentence ("adding that Armenia remains a welcome member of
// the group"): a reader shown only the fragment cannot tell who says what (issue 15: no fragment
// without its sentence). The build finds the whole sentence of the archived text around each
// statement once, so the extension only slices it out of the text it already bundles.

/** Where a statement's sentence stands in its source's archived text: [start, end) offsets. */
export type SentenceSpan = [start: number, end: number];

/** The words of a statement's sentence before and after the statement itself. */
export interface QuoteSentence {
  before: string;
  after: string;
}

const segmenters = new Map<Language, Intl.Segmenter>();
const segmenterFor = (language: Language): Intl.Segmenter => {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
    segmenters.set(language, segmenter);
  }
  return segmenter;
};

// Intl.Segmenter ends a sentence after every "Mr." and "Dec.": a segment that ends in a short
// capitalised word with a full stop ends in an abbreviation, and the sentence goes on. A sentence
// that truly ends so ("... in Ufa.") then comes with the next one: more context, never less.
const endsInAbbreviation = (segment: string): boolean => /(^|[\s(])\p{Lu}\p{Ll}{0,3}\.\s*$/u.test(segment);

/** The sentence spans of one paragraph, offsets relative to it, abbreviations joined to what follows. */
function sentencesOf(paragraph: string, language: Language): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let open: number | null = null;
  for (const { index, segment } of segmenterFor(language).segment(paragraph)) {
    const start: number = open ?? index;
    const end = index + segment.length;
    if (endsInAbbreviation(segment) && end < paragraph.length) open = start;
    else {
      spans.push([start, end]);
      open = null;
    }
  }
  if (open !== null) spans.push([open, paragraph.length]);
  return spans;
}

/**
 * The whole sentence (or the run of sentences) of `archived` that holds `text`, trimmed, or null
 * when `text` is not in it. The archived texts keep one paragraph per line, so no sentence crosses
 * a line break that the statement does not cross itself.
 */
export function sentenceAround(archived: string, text: string, language: Language): SentenceSpan | null {
  const at = text ? archived.indexOf(text) : -1;
  if (at < 0) return null;
  const from = archived.lastIndexOf('\n', at - 1) + 1;
  const newline = archived.indexOf('\n', at + text.length);
  const to = newline < 0 ? archived.length : newline;
  const paragraph = archived.slice(from, to);
  const spans = sentencesOf(paragraph, language);
  const head = at - from;
  const tail = head + text.length;
  const first = spans.find(([, end]) => end > head)?.[0] ?? head;
  const last = spans.findLast(([start]) => start < tail)?.[1] ?? tail;
  let start = from + Math.min(first, head);
  let end = from + Math.max(last, tail);
  while (start < at && /\s/.test(archived[start] ?? '')) start++;
  while (end > at + text.length && /\s/.test(archived[end - 1] ?? '')) end--;
  return [start, end];
}

/**
 * The sentence of every statement that is not a whole sentence itself, by statement id: a statement
 * that is its whole sentence needs nothing, which keeps the bundled record small. A statement whose
 * text is not in its archived text is a problem named by file, entry and reason.
 */
export function statementSentences(
  corpus: Corpus,
  texts: Map<string, string>,
  fileOf: (statementId: string) => string,
): { sentences: Record<string, SentenceSpan>; errors: ValidationError[] } {
  const sources = new Map(corpus.sources.map((s) => [s.id, s]));
  const sentences: Record<string, SentenceSpan> = {};
  const errors: ValidationError[] = [];
  for (const statement of corpus.statements) {
    const source = sources.get(statement.source);
    const archived = source ? texts.get(source.textFile) : undefined;
    const span =
      source && archived !== undefined ? sentenceAround(archived, statement.text, source.language) : null;
    if (!span) {
      const where = source ? source.textFile : `source "${statement.source}"`;
      errors.push({
        file: fileOf(statement.id),
        entry: statement.id,
        reason: `no sentence of ${where} holds the text: "${statement.text}"`,
      });
    } else if (archived?.slice(span[0], span[1]) !== statement.text) sentences[statement.id] = span;
  }
  return { sentences, errors };
}

const sourcesOf = new WeakMap<BundledRecord, Map<string, string>>();
const sourceOf = (record: BundledRecord): Map<string, string> => {
  let map = sourcesOf.get(record);
  if (!map) {
    map = new Map(record.statements.map((s) => [s.id, s.source]));
    sourcesOf.set(record, map);
  }
  return map;
};

/**
 * The rest of a statement's sentence around `quote` (the statement's text as the engine quotes
 * it), or null when the statement is its whole sentence or the record does not know it.
 */
export function sentenceFor(record: BundledRecord, statementId: string, quote: string): QuoteSentence | null {
  const span = record.sentences?.[statementId];
  const source = span ? sourceOf(record).get(statementId) : undefined;
  const archived = source ? record.texts[source] : undefined;
  if (!span || archived === undefined) return null;
  const sentence = archived.slice(span[0], span[1]);
  const at = sentence.indexOf(quote);
  if (at < 0 || !quote) return null;
  return { before: sentence.slice(0, at), after: sentence.slice(at + quote.length) };
}

/** Evidence as the background sends it: each piece with the rest of its sentence when there is one. */
export function withSentences<E extends { statementId: string; quote: string }>(
  evidence: E[],
  record: BundledRecord,
): (E & { sentence?: QuoteSentence })[] {
  return evidence.map((e) => {
    const sentence = sentenceFor(record, e.statementId, e.quote);
    return sentence ? { ...e, sentence } : e;
  });
}
