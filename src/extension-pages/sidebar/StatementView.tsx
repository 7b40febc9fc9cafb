import { useState } from 'preact/hooks';
import type { MessageKey } from '../../i18n/catalog';
import { Message } from '../../i18n/Message';
import { useText } from '../../i18n/text-context';
import type { Translator } from '../../i18n/translate';
import type { StatementDetail, StatementSummary, TextSpan } from '../../search/types';
import { MarkedQuote, QuoteInSentence } from '../../ui/EvidenceView';
import type { Async } from './hooks';

/** What a statement does to a claim of the record, in the words the sidebar labels it with. */
export const STATEMENT_PARTS: Record<'supports' | 'contradicts' | 'ended', MessageKey> = {
  supports: 'statementBacks',
  contradicts: 'statementContradicts',
  ended: 'statementEnded',
};

const NO_MARKS = { text: [] as TextSpan[], gist: [] as TextSpan[] };

/**
 * One statement of the record: the quote (matched words marked), who said it and in what role,
 * where and when, a link to the original article, and "Show in context", which opens the
 * paragraph of the archived source text around it and the claims it bears on.
 */
export function StatementView({
  statement,
  marks = NO_MARKS,
  loadDetail,
}: {
  statement: StatementSummary;
  marks?: { text: TextSpan[]; gist: TextSpan[] };
  loadDetail: (id: string) => Promise<StatementDetail>;
}) {
  const text = useText();
  const [detail, setDetail] = useState<Async<StatementDetail>>({ state: 'idle' });
  const open = detail.state !== 'idle';
  const toggle = () => {
    if (open) return setDetail({ state: 'idle' });
    setDetail({ state: 'loading' });
    loadDetail(statement.id).then(
      (value) => setDetail({ state: 'done', value }),
      (error: Error) => setDetail({ state: 'failed', error: error.message }),
    );
  };
  const said = text.date(statement.said.date, statement.said.precision);
  const published = text.date(statement.published.date, statement.published.precision);
  const saidTime = (
    <time key="said" dateTime={statement.said.date}>
      {said}
    </time>
  );
  const contextId = `context-${statement.id.replace(/[^\w-]/g, '_')}`;
  return (
    <article class={`statement kind-${statement.kind}`} data-statement={statement.id}>
      <blockquote class={statement.kind === 'quote' ? 'quote' : 'report'}>
        <QuoteInSentence quote={statement.text} highlights={marks.text} sentence={statement.sentence} />
      </blockquote>
      {marks.text.length === 0 && marks.gist.length > 0 ? (
        <p class="gist">
          <Message
            id="inShort"
            parts={[<MarkedQuote key="gist" quote={statement.gist} highlights={marks.gist} />]}
          />
        </p>
      ) : null}
      <p class="who">
        {statement.kind === 'quote' ? '' : `${text.t('paraphrased')} `}
        <strong>{statement.speaker}</strong>
        {statement.speakerRole ? `, ${statement.speakerRole}` : ''}
        {statement.setting ? <span class="muted"> · {statement.setting}</span> : null}
      </p>
      {statement.reportedBy.length > 0 ? (
        <p class="chain muted">{text.t('passedOn', statement.reportedBy.join(' → '))}</p>
      ) : null}
      <p class="where">
        <a href={statement.url} target="_blank" rel="noreferrer">
          {statement.outlet}
        </a>
        {' · '}
        {published === said ? (
          <Message id="whenSaid" parts={[saidTime]} />
        ) : (
          <Message id="whenSaidPublished" parts={[saidTime, published]} />
        )}
      </p>
      <button type="button" class="link" aria-expanded={open} aria-controls={contextId} onClick={toggle}>
        {open ? text.t('hideContext') : text.t('showContext')}
      </button>
      <div id={contextId} hidden={!open}>
        {detail.state === 'loading' ? <p class="muted">{text.t('loadingSource')}</p> : null}
        {detail.state === 'failed' ? <p role="alert">{text.t('contextFailed', detail.error)}</p> : null}
        {detail.state === 'done' ? <ContextView detail={detail.value} /> : null}
      </div>
    </article>
  );
}

function ContextView({ detail }: { detail: StatementDetail }) {
  const { context, statement, claims } = detail;
  const text = useText();
  const published = text.date(statement.published.date, statement.published.precision);
  return (
    <div class="context">
      {context ? (
        <figure>
          <blockquote class="paragraph">
            {context.before}
            <mark>{context.quote}</mark>
            {context.after}
          </blockquote>
          <figcaption class="muted">
            {statement.headline
              ? text.t('archivedHeadline', statement.headline, statement.outlet, published)
              : text.t('archivedOutlet', statement.outlet, published)}
          </figcaption>
        </figure>
      ) : (
        <p class="muted">{text.t('notVerbatim')}</p>
      )}
      {claims.length > 0 ? (
        <>
          <h4>{text.t('inRecord')}</h4>
          <ul class="claims-of">
            {claims.map((claim) => {
              const holds = holdsText(text, claim.holds);
              const part = (
                <span key="part" class={`stance-${claim.stance}`}>
                  {text.t(STATEMENT_PARTS[claim.ended ? 'ended' : claim.stance])}
                </span>
              );
              return (
                <li key={claim.id}>
                  <Message id="claimPart" parts={[part, claim.text]} />
                  {holds ? <span class="muted"> ({holds})</span> : null}
                  {claim.disputed ? <p class="disputed">{text.t('disputedNote', claim.disputed)}</p> : null}
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </div>
  );
}

/** "held from Nov 14, 2023 until Jun 12, 2024", or null when the claim has held throughout. */
export function holdsText(text: Translator, holds: { from?: string; until?: string }): string | null {
  if (holds.from && holds.until)
    return text.t('heldFromUntil', text.date(holds.from), text.date(holds.until));
  if (holds.until) return text.t('heldUntil', text.date(holds.until));
  if (holds.from) return text.t('holdsFrom', text.date(holds.from));
  return null;
}
