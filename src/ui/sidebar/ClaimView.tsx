import { useState } from 'preact/hooks';
import type { ClaimHit, StatementDetail } from '../../lookup/types';
import { MarkedQuote } from '../EvidenceView';
import { holdsText, StatementView } from './StatementView';

/** A canonical claim of the record: its text, when it held, whether the sources dispute it, and
 * (on request) the statements it rests on. */
export function ClaimView({
  hit,
  loadDetail,
}: {
  hit: ClaimHit;
  loadDetail: (id: string) => Promise<StatementDetail>;
}) {
  const { claim } = hit;
  const [open, setOpen] = useState(false);
  const holds = holdsText(claim.holds);
  const listId = `evidence-${claim.id.replace(/[^\w-]/g, '_')}`;
  const count = claim.evidence.length;
  return (
    <article class="record-claim" data-claim={claim.id}>
      <p class="claim-text">
        <MarkedQuote quote={claim.text} highlights={hit.marks} />
      </p>
      {holds ? <p class="meta">The record says this {holds}.</p> : null}
      {claim.disputed ? <p class="disputed">Disputed: {claim.disputed}</p> : null}
      {claim.endedBy.length > 0 ? (
        <p class="meta">Ended by what {claim.endedBy.map((s) => s.speaker).join(' and ')} said.</p>
      ) : null}
      <button
        type="button"
        class="link"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
      >
        {open ? 'Hide' : 'Show'} the {count} statement{count === 1 ? '' : 's'} it rests on
      </button>
      <ul class="plain" id={listId} hidden={!open}>
        {open
          ? claim.evidence.map(({ statement, stance }) => (
              <li key={statement.id}>
                <p class={`stance-label stance-${stance}`}>
                  {stance === 'supports' ? 'Backs it' : 'Contradicts it'}
                </p>
                <StatementView statement={statement} loadDetail={loadDetail} />
              </li>
            ))
          : null}
      </ul>
    </article>
  );
}
