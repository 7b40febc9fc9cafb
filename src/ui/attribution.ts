import type { Evidence } from '../engine';
import { STOP_WORDS } from '../lookup/stop-words';
import { distanceFromPage, formatDate } from './format-date';

/**
 * Who said it and who reported it, never confused (issue 15: "Reported: Nikol Pashinyan" read as if
 * he did the reporting). A report with no named speaker carries the outlet as its speaker.
 */
export function attribution(evidence: Pick<Evidence, 'speaker' | 'outlet' | 'kind'>): {
  speaker: string | null;
  /** "quoted by", "as reported by", or "Reported by" when the outlet is all there is. */
  verb: string;
  outlet: string;
} {
  const { speaker, outlet } = evidence;
  if (speaker === outlet) return { speaker: null, verb: 'Reported by', outlet };
  return { speaker, verb: evidence.kind === 'quote' ? 'quoted by' : 'as reported by', outlet };
}

/**
 * When it was said and when it was published, told apart. A date known only to the year is the
 * year of the event the statement is about, not a day anyone said it: only the publication is dated.
 */
export function whenLine(
  evidence: Pick<Evidence, 'date' | 'datePrecision' | 'published'>,
  pageDate?: string,
): string {
  const published = evidence.published;
  const said = evidence.datePrecision === 'year' ? null : formatDate(evidence.date, evidence.datePrecision);
  const publishedText = published ? formatDate(published.date, published.precision) : null;
  const anchor = said
    ? evidence
    : published
      ? { date: published.date, datePrecision: published.precision }
      : null;
  const distance = anchor ? distanceFromPage(anchor.date, anchor.datePrecision, pageDate) : null;
  const far = distance ? ` (${distance})` : '';
  if (said && publishedText && publishedText !== said)
    return `Said ${said}${far} · published ${publishedText}`;
  if (said) return `Said ${said}${far}`;
  if (publishedText) return `Published ${publishedText}${far}`;
  return `Dated ${evidence.date.slice(0, 4)}`;
}

/**
 * The marks worth showing: the words that decided, without the function words the engine's matching
 * also touches ("said", "will", "the"), which marked as evidence were only noise.
 */
export function decidingMarks(
  quote: string,
  highlights: Evidence['highlights'] = [],
): Evidence['highlights'] {
  return (highlights ?? []).filter(({ start, end }) => {
    const word = quote.slice(start, end).trim().toLowerCase();
    return word.length > 2 && !STOP_WORDS.has(word);
  });
}
