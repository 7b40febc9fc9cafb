import type { Evidence } from '../engine';
import type { MessageKey } from '../i18n/catalog';
import { ENGLISH, type Translator } from '../i18n/translate';
import { distanceFromPage } from './format-date';

/**
 * Who said it and who reported it, never confused (issue 15: "Reported: Nikol Pashinyan" read as if
 * he did the reporting). A report with no named speaker carries the outlet as its speaker.
 */
export function attribution(evidence: Pick<Evidence, 'speaker' | 'outlet' | 'kind'>): {
  speaker: string | null;
  /** The message that joins them: "$SPEAKER$, quoted by $OUTLET$", or "Reported by $OUTLET$" when the outlet is all there is. */
  message: Extract<MessageKey, 'quotedBy' | 'reportedAs' | 'reportedBy'>;
  outlet: string;
} {
  const { speaker, outlet } = evidence;
  if (speaker === outlet) return { speaker: null, message: 'reportedBy', outlet };
  return { speaker, message: evidence.kind === 'quote' ? 'quotedBy' : 'reportedAs', outlet };
}

/**
 * When it was said and when it was published, told apart. A date known only to the year is the
 * year of the event the statement is about, not a day anyone said it: only the publication is dated.
 */
export function whenLine(
  evidence: Pick<Evidence, 'date' | 'datePrecision' | 'published'>,
  pageDate?: string,
  text: Translator = ENGLISH,
): string {
  const published = evidence.published;
  const said = evidence.datePrecision === 'year' ? null : text.date(evidence.date, evidence.datePrecision);
  const publishedText = published ? text.date(published.date, published.precision) : null;
  const anchor = said
    ? evidence
    : published
      ? { date: published.date, datePrecision: published.precision }
      : null;
  const distance = anchor ? distanceFromPage(anchor.date, anchor.datePrecision, pageDate, text) : null;
  const far = (date: string) => (distance ? text.t('dateDistance', date, distance) : date);
  if (said && publishedText && publishedText !== said)
    return text.t('whenSaidPublished', far(said), publishedText);
  if (said) return text.t('whenSaid', far(said));
  if (publishedText) return text.t('whenPublished', far(publishedText));
  return text.t('whenYear', evidence.date.slice(0, 4));
}
