import type { ComponentChildren } from 'preact';
import type { Evidence } from '../engine';
import { distanceFromPage, formatDate } from './format-date';

const STANCE_WORDS: Record<Evidence['stance'], string> = {
  corroborates: 'Backs the sentence',
  conflicts: 'Conflicts with it',
  related: 'On the topic',
};

/** The quote as text, with the words that decided the stance marked. Never parsed as HTML. */
export function MarkedQuote({
  quote,
  highlights = [],
}: {
  quote: string;
  highlights?: Evidence['highlights'];
}) {
  const parts: ComponentChildren[] = [];
  let at = 0;
  for (const { start, end } of [...(highlights ?? [])].sort((a, b) => a.start - b.start)) {
    if (start < at || end > quote.length || start >= end) continue;
    parts.push(quote.slice(at, start), <mark key={start}>{quote.slice(start, end)}</mark>);
    at = end;
  }
  parts.push(quote.slice(at));
  return <>{parts}</>;
}

// Only web links are links: a javascript: or data: URL in a record file would run in the card's page.
const isWebUrl = (url: string) => /^https?:\/\//i.test(url);

/** One piece of evidence, the same in the hover card, the popup and the sidebar. */
export function EvidenceView({
  evidence,
  pageDate,
  hideReason = false,
}: {
  evidence: Evidence;
  pageDate?: string;
  /** The hover card already shows the verdict's reason; evidence that only repeats it leaves it out. */
  hideReason?: boolean;
}) {
  const distance = distanceFromPage(evidence.date, evidence.datePrecision, pageDate);
  return (
    <article class={`evidence stance-${evidence.stance}`}>
      <p class="stance">{STANCE_WORDS[evidence.stance]}</p>
      <blockquote class={evidence.kind === 'quote' ? 'quote' : 'report'}>
        <MarkedQuote quote={evidence.quote} highlights={evidence.highlights} />
      </blockquote>
      <p class="who">
        {evidence.kind === 'quote' ? '' : 'Reported: '}
        <strong>{evidence.speaker}</strong>
        {evidence.speakerRole ? `, ${evidence.speakerRole}` : ''}
      </p>
      <p class="where">
        {isWebUrl(evidence.url) ? (
          <a href={evidence.url} target="_blank" rel="noreferrer">
            {evidence.outlet}
          </a>
        ) : (
          evidence.outlet
        )}
        {' · '}
        <time dateTime={evidence.date}>{formatDate(evidence.date, evidence.datePrecision)}</time>
        {distance ? ` (${distance})` : ''}
      </p>
      {evidence.reason && !hideReason ? <p class="reason">{evidence.reason}</p> : null}
    </article>
  );
}
