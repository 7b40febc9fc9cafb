import { entityMentions } from '../record/aliases';
import type { DatedAt, Entity, Exclusion, Language, Source, StatementKind } from '../record/types';
import { ATTRIBUTION, allForms, SETTINGS } from './data';
import { foldApostrophes, formsPattern } from './forms';
import { furnitureReason } from './furniture';
import { saidDate } from './said-date';
import { paragraphsOf, quoteSentences, type Sentence, type Span, sentencesOf } from './segments';
import { type Confidence, guessSpeaker } from './speaker';

// A draft source file from an article's text: every direct quotation and every reported sentence
// as a statement, verbatim, with who said it, when and where as far as the text says, and how sure
// the draft is; furniture lines proposed for exclusion. A reviewer corrects it and moves it into
// data/sources; the validator refuses the `draft` notes, so none is accepted unread.

export interface ArticleMeta {
  url: string;
  published: string;
  /** How precisely the publication date is known; a day unless the outlet gives less. */
  precision?: DatedAt['precision'];
  outlet: string;
  language: Language;
  headline?: string | null;
  author?: string | null;
}

export interface ClaimProposal {
  claim: string;
  stance: 'supports' | 'contradicts' | 'related';
  text: string;
}

export interface DraftStatement {
  id: string;
  source: string;
  kind: StatementKind;
  text: string;
  speaker: string | null;
  said: DatedAt;
  setting: string | null;
  reportedBy: string[];
  gist: string;
  draft: { confidence: Confidence; speakerFrom: string; saidFrom: string; claims: ClaimProposal[] };
}

export interface DraftFile {
  source: Source & { excluded: Exclusion[] };
  statements: DraftStatement[];
}

/** What the draft asks of the engine: the claims a sentence most likely bears on. */
export type ClaimFinder = (text: string, pageDate: string) => ClaimProposal[];

// A quotation of a word or two is a term the outlet uses ("regrets"), not a statement of its own.
const MIN_QUOTE_WORDS = 3;
const SETTING_PATTERNS = SETTINGS.map(({ setting, forms }) => ({ setting, test: formsPattern(forms, 'iu') }));
const CUE = formsPattern(allForms(ATTRIBUTION.cues), 'iu');

const slug = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const blankQuotes = (sentence: Sentence) =>
  sentence.quotes.reduce(
    (text, q) =>
      text.slice(0, q.start - sentence.start) +
      ' '.repeat(q.end - q.start) +
      text.slice(q.end - sentence.start),
    sentence.text,
  );

function settingOf(sentence: Sentence): string | null {
  return (
    SETTING_PATTERNS.find(({ test }) => test.test(sentence.text))?.setting ??
    SETTING_PATTERNS.find(({ test }) => test.test(sentence.paragraph.text))?.setting ??
    null
  );
}

/** The part of a sentence before its first quotation, when it reports something of its own. */
function leadIn(sentence: Sentence): Span | null {
  const first = sentence.quotes[0];
  if (!first) return sentence;
  const text = sentence.text
    .slice(0, first.start - 1 - sentence.start)
    .replace(/[\s,:;—–-]+$/u, '')
    .trimEnd();
  return text.split(/\s+/).length >= 8
    ? { text, start: sentence.start, end: sentence.start + text.length }
    : null;
}

/** The last day the publication date allows: the day itself, or the end of its month or year. */
function latestDay(published: string, precision: DatedAt['precision']): string {
  const [y, m] = published.split('-').map(Number) as [number, number];
  if (precision === 'year') return `${y}-12-31`;
  if (precision === 'month') return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  return published;
}

export function draftSource(
  text: string,
  meta: ArticleMeta,
  entities: Entity[],
  findClaims: ClaimFinder,
): DraftFile {
  const id = `${slug(meta.outlet)}-${meta.published}`;
  const outletEntity = entityMentions(foldApostrophes(meta.outlet), entities)[0]?.entity ?? null;
  const excluded: Exclusion[] = [];
  const statements: DraftStatement[] = [];
  let lastSpeaker: string | null = null;
  // A speaker's later words in the article were said when the first were, unless it says otherwise.
  const lastDateOf = new Map<string, DatedAt>();
  const latest = latestDay(meta.published, meta.precision ?? 'day');
  const add = (span: Span, kind: StatementKind, sentence: Sentence, spoken: boolean) => {
    const outside = blankQuotes(sentence);
    const guess = guessSpeaker(outside, entities, lastSpeaker);
    const ownReport = !guess && kind === 'report';
    const speaker = ownReport ? outletEntity : (guess?.speaker ?? lastSpeaker);
    const confidence: Confidence = ownReport
      ? outletEntity
        ? 'medium'
        : 'low'
      : (guess?.confidence ?? 'low');
    const found = spoken || !ownReport ? saidDate(outside, latest) : null;
    const inherited = !found && !ownReport && speaker ? lastDateOf.get(speaker) : undefined;
    if (speaker && !ownReport) lastSpeaker = speaker;
    if (speaker && found) lastDateOf.set(speaker, { date: found.date, precision: found.precision });
    const date =
      found ?? (inherited ? { ...inherited, from: 'the date this speaker was last said to speak' } : null);
    statements.push({
      id: `${id}/${String(statements.length + 1).padStart(2, '0')}`,
      source: id,
      kind,
      text: span.text,
      speaker,
      said: date
        ? { date: date.date, precision: date.precision }
        : { date: meta.published, precision: meta.precision ?? 'day' },
      setting: settingOf(sentence),
      reportedBy: guess?.reportedBy ?? [],
      gist: span.text,
      draft: {
        confidence,
        speakerFrom: ownReport
          ? 'no attribution: the outlet’s own reporting'
          : (guess?.why ?? 'the last speaker named'),
        saidFrom: found ? `“${found.from}”` : (date?.from ?? 'no date in the sentence: the publication date'),
        claims: findClaims(span.text, meta.published),
      },
    });
  };
  for (const paragraph of paragraphsOf(text)) {
    const namesSomeone = entityMentions(foldApostrophes(paragraph.text), entities).length > 0;
    const reason = furnitureReason(paragraph, namesSomeone);
    if (reason) {
      excluded.push({ text: paragraph.text, reason });
      continue;
    }
    for (const sentence of sentencesOf(paragraph, meta.language)) {
      const lead = leadIn(sentence);
      if (lead) add(lead, 'report', sentence, CUE.test(foldApostrophes(blankQuotes(sentence))));
      for (const quote of sentence.quotes) {
        if (quote.text.split(/\s+/).length < MIN_QUOTE_WORDS) continue;
        for (const part of quoteSentences(quote, meta.language)) add(part, 'quote', sentence, true);
      }
    }
  }
  return {
    source: {
      id,
      textFile: `${id}.txt`,
      outlet: meta.outlet,
      headline: meta.headline ?? null,
      url: meta.url,
      published: { date: meta.published, precision: meta.precision ?? 'day' },
      author: meta.author ?? null,
      via: null,
      language: meta.language,
      excluded,
    },
    statements,
  };
}
