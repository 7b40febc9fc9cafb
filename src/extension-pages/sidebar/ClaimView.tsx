import { useState } from 'preact/hooks';
import { useText } from '../../i18n/text-context';
import type { ClaimHit, StatementDetail } from '../../search/types';
import { MarkedQuote } from '../../ui/EvidenceView';
import { holdsText, STATEMENT_PARTS, StatementView } from './StatementView';

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
  const text = useText();
  const [open, setOpen] = useState(false);
  const holds = holdsText(text, claim.holds);
  const phrased = claim.phrased[text.locale];
  // One name once: a speaker who said two of the statements that ended it is named once.
  const enders = [...new Set(claim.endedBy.map((s) => s.speaker))];
  const listId = `evidence-${claim.id.replace(/[^\w-]/g, '_')}`;
  const count = claim.evidence.length;
  return (
    <article class="record-claim" data-claim={claim.id}>
      {phrased ? (
        <p class="claim-text" lang={text.locale}>
          {phrased}
        </p>
      ) : null}
      {/* The record's own wording, where the search marks its matches; under the reader's when there is one. */}
      <p class={phrased ? 'claim-text record-wording' : 'claim-text'} lang="en">
        <MarkedQuote quote={claim.text} highlights={hit.marks} />
      </p>
      {holds ? <p class="meta">{text.t('claimHolds', holds)}</p> : null}
      {claim.disputed ? <p class="disputed">{text.t('disputedNote', claim.disputed)}</p> : null}
      {enders.length > 0 ? <p class="meta">{text.t('endedBy', text.list(enders))}</p> : null}
      <button
        type="button"
        class="link"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
      >
        {open ? text.t('hideEvidence') : text.t('showEvidence', count)}
      </button>
      <ul class="plain" id={listId} hidden={!open}>
        {open
          ? claim.evidence.map(({ statement, stance }) => (
              <li key={statement.id}>
                <p class={`stance-label stance-${stance}`}>{text.t(STATEMENT_PARTS[stance])}</p>
                <StatementView statement={statement} loadDetail={loadDetail} />
              </li>
            ))
          : null}
      </ul>
    </article>
  );
}
