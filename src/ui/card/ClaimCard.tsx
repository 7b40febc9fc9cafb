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
  /** The page was caught changing Receipts' highlights (they were put back). */
  pageInterfered?: boolean;
}

// The card itself is out of the page's reach (a closed shadow root); the highlights are not, and
// the page may also draw over either: the badge and the popup are where the page cannot reach.
export const PAGE_INTERFERED =
  'This page tried to change Receipts’ highlights; they were put back. The verdict here is Receipts’ own; the toolbar button and its popup are out of the page’s reach.';

/**
 * The hover card: what the record says about one sentence of the page. Everything it shows comes
 * from the page or the record and is rendered as text (Preact never parses strings as HTML).
 */
export function ClaimCard({
  sentence,
  result,
  pageDate,
  onMore,
  onClose,
  notice,
  pageInterfered,
}: ClaimCardProps) {
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
      {pageInterfered ? (
        <p class="notice interfered" role="alert">
          {PAGE_INTERFERED}
        </p>
      ) : null}
      {notice ? (
        <p class="notice" role="status">
          {notice}
        </p>
      ) : null}
    </div>
  );
}
