import type { ComponentChildren } from 'preact';
import type { Evidence } from '../engine';
import type { MessageKey } from '../i18n/catalog';
import { Message } from '../i18n/Message';
import { useText } from '../i18n/text-context';
import type { QuoteSentence } from '../record/sentence';
import { attribution, whenLine } from './attribution';
import { decidingMarks } from './marks';

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

/** The rest of the sentence the background sent with a piece of evidence, if it sent one. */
export function sentenceOf(evidence: Evidence): QuoteSentence | null {
  const sentence = (evidence as { sentence?: unknown }).sentence;
  if (typeof sentence !== 'object' || sentence === null) return null;
  const { before, after } = sentence as { before?: unknown; after?: unknown };
  return typeof before === 'string' && typeof after === 'string' ? { before, after } : null;
}

/**
 * A statement in its whole sentence (issue 15: no fragment without its sentence): the words the
 * record holds set apart from the rest of the sentence, which is there only so they read right.
 */
export function QuoteInSentence({
  quote,
  highlights,
  sentence,
}: {
  quote: string;
  highlights?: Evidence['highlights'];
  sentence?: QuoteSentence | null;
}) {
  const marked = <MarkedQuote quote={quote} highlights={highlights} />;
  if (!sentence || (!sentence.before && !sentence.after)) return marked;
  return (
    <>
      {sentence.before ? <span class="quote-around">{sentence.before}</span> : null}
      <span class="quote-own">{marked}</span>
      {sentence.after ? <span class="quote-around">{sentence.after}</span> : null}
    </>
  );
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
  /** The reason is shown nearby already (the verdict's, or another quote's): it is not said again. */
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
        <QuoteInSentence
          quote={evidence.quote}
          highlights={decidingMarks(evidence)}
          sentence={sentenceOf(evidence)}
        />
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
