import type { CheckResult } from '../../engine';
import { EvidenceView } from '../EvidenceView';
import { VERDICT_WORDS, VerdictBadge } from '../VerdictBadge';
import { pickEvidence } from './pick-evidence';

export interface ClaimCardProps {
  /** The sentence on the page the card is about. */
  sentence: string;
  result: CheckResult;
  pageDate: string | null;
  onMore: () => void;
  onClose: () => void;
  /** A line for the reader after "More in the sidebar", e.g. where the browser would not open it. */
  notice?: string | null;
}

/**
 * The hover card: what the record says about one sentence of the page. Everything it shows comes
 * from the page or the record and is rendered as text (Preact never parses strings as HTML).
 */
export function ClaimCard({ sentence, result, pageDate, onMore, onClose, notice }: ClaimCardProps) {
  const shown = pickEvidence(result);
  const more = result.evidence.length - shown.length;
  return (
    <div
      class={`card card-${result.verdict}`}
      role="dialog"
      aria-label={`Receipts: ${VERDICT_WORDS[result.verdict]}`}
      aria-describedby="receipts-reason"
      tabIndex={-1}
    >
      <div class="head">
        <VerdictBadge verdict={result.verdict} />
        <button type="button" class="close" aria-label="Close" title="Close (Esc)" onClick={onClose}>
          ×
        </button>
      </div>
      <p class="card-reason" id="receipts-reason">
        {result.reason}
      </p>
      <p class="sr-only">On this page: {sentence}</p>
      {shown.length > 0 ? (
        <ul class="evidence-list">
          {shown.map((evidence) => (
            <li key={evidence.statementId}>
              <EvidenceView
                evidence={evidence}
                pageDate={pageDate ?? undefined}
                hideReason={evidence.reason === result.reason}
              />
            </li>
          ))}
        </ul>
      ) : null}
      <div class="foot">
        <button type="button" class="more" onClick={onMore}>
          More in the sidebar
        </button>
        {more > 0 ? <span class="count">{`${more} more in the record`}</span> : null}
      </div>
      {notice ? (
        <p class="notice" role="status">
          {notice}
        </p>
      ) : null}
    </div>
  );
}
