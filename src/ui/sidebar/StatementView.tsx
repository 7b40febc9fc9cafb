import { useState } from 'preact/hooks';
import type { StatementDetail, StatementSummary, TextSpan } from '../../lookup/types';
import { MarkedQuote } from '../EvidenceView';
import { formatDate } from '../format-date';
import type { Async } from './hooks';

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
  const said = formatDate(statement.said.date, statement.said.precision);
  const published = formatDate(statement.published.date, statement.published.precision);
  const contextId = `context-${statement.id.replace(/[^\w-]/g, '_')}`;
  return (
    <article class={`statement kind-${statement.kind}`} data-statement={statement.id}>
      <blockquote class={statement.kind === 'quote' ? 'quote' : 'report'}>
        <MarkedQuote quote={statement.text} highlights={marks.text} />
      </blockquote>
      {marks.text.length === 0 && marks.gist.length > 0 ? (
        <p class="gist">
          <span class="muted">In short: </span>
          <MarkedQuote quote={statement.gist} highlights={marks.gist} />
        </p>
      ) : null}
      <p class="who">
        {statement.kind === 'quote' ? '' : 'Reported: '}
        <strong>{statement.speaker}</strong>
        {statement.speakerRole ? `, ${statement.speakerRole}` : ''}
        {statement.setting ? <span class="muted"> · {statement.setting}</span> : null}
      </p>
      {statement.reportedBy.length > 0 ? (
        <p class="chain muted">Passed on by {statement.reportedBy.join(', then ')}</p>
      ) : null}
      <p class="where">
        <a href={statement.url} target="_blank" rel="noreferrer">
          {statement.outlet}
        </a>
        {' · said '}
        <time dateTime={statement.said.date}>{said}</time>
        {published !== said ? <span class="muted"> (published {published})</span> : null}
      </p>
      <button type="button" class="link" aria-expanded={open} aria-controls={contextId} onClick={toggle}>
        {open ? 'Hide the context' : 'Show in context'}
      </button>
      <div id={contextId} hidden={!open}>
        {detail.state === 'loading' ? <p class="muted">Loading the source text…</p> : null}
        {detail.state === 'failed' ? <p role="alert">Could not load the context: {detail.error}</p> : null}
        {detail.state === 'done' ? <ContextView detail={detail.value} /> : null}
      </div>
    </article>
  );
}

function ContextView({ detail }: { detail: StatementDetail }) {
  const { context, statement, claims } = detail;
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
            From the archived text of {statement.headline ? `“${statement.headline}”, ` : ''}
            {statement.outlet}, {formatDate(statement.published.date, statement.published.precision)}
          </figcaption>
        </figure>
      ) : (
        <p class="muted">The archived source text does not hold this statement word for word.</p>
      )}
      {claims.length > 0 ? (
        <>
          <h4>In the record</h4>
          <ul class="claims-of">
            {claims.map((claim) => (
              <li key={claim.id}>
                <span class={`stance-${claim.stance}`}>
                  {claim.ended ? 'Ended' : claim.stance === 'supports' ? 'Backs' : 'Contradicts'}
                </span>
                : {claim.text}
                {holdsText(claim.holds) ? <span class="muted"> ({holdsText(claim.holds)})</span> : null}
                {claim.disputed ? <p class="disputed">Disputed: {claim.disputed}</p> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

/** "held from Nov 14, 2023 until Jun 12, 2024", or null when the claim has held throughout. */
export function holdsText(holds: { from?: string; until?: string }): string | null {
  if (holds.from && holds.until)
    return `held from ${formatDate(holds.from)} until ${formatDate(holds.until)}`;
  if (holds.until) return `held until ${formatDate(holds.until)}`;
  if (holds.from) return `holds from ${formatDate(holds.from)}`;
  return null;
}
