import type { ComponentChildren } from 'preact';
import type { Evidence } from '../engine';
import type { MessageKey } from '../i18n/catalog';
import { Message } from '../i18n/Message';
import { useText } from '../i18n/text-context';
import { attribution, decidingMarks, whenLine } from './attribution';

const STANCE_WORDS: Record<Evidence['stance'], MessageKey> = {
  corroborates: 'stanceBacks',
  conflicts: 'stanceConflicts',
  related: 'stanceTopic',
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

/** The outlet, linked to the source article when its address is a web address. */
export function OutletLink({ url, outlet }: { url: string; outlet: string }) {
  return isWebUrl(url) ? (
    <a href={url} target="_blank" rel="noreferrer">
      {outlet}
    </a>
  ) : (
    <>{outlet}</>
  );
}

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
  const text = useText();
  const who = attribution(evidence);
  // A year alone dates the event the statement is about; the publication is the date to give.
  const dated =
    evidence.datePrecision === 'year' && evidence.published ? evidence.published.date : evidence.date;
  return (
    <article class={`evidence stance-${evidence.stance}`}>
      <p class="stance">{text.t(STANCE_WORDS[evidence.stance])}</p>
      <blockquote class={evidence.kind === 'quote' ? 'quote' : 'report'} lang={evidence.lang}>
        <MarkedQuote quote={evidence.quote} highlights={decidingMarks(evidence.quote, evidence.highlights)} />
      </blockquote>
      <p class="who">
        <Message
          id={who.message}
          parts={[
            ...(who.speaker
              ? [
                  <>
                    <strong>{who.speaker}</strong>
                    {evidence.speakerRole ? ` (${evidence.speakerRole})` : ''}
                  </>,
                ]
              : []),
            <OutletLink url={evidence.url} outlet={who.outlet} />,
          ]}
        />
      </p>
      <p class="where">
        <time dateTime={dated}>{whenLine(evidence, pageDate, text)}</time>
      </p>
      {evidence.reason && !hideReason ? <p class="reason">{evidence.reason}</p> : null}
    </article>
  );
}
