import type { CheckResult } from '../../engine';
import { attribution, decidingMarks, whenLine } from '../attribution';
import { MarkedQuote, OutletLink } from '../EvidenceView';
import { readerVerdict, VERDICT_MEANINGS, VERDICT_WORDS } from '../reader-verdict';
import { VerdictBadge } from '../VerdictBadge';
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

// The heading over the one quote: what it is to the verdict. Only evidence that decided gets
// "backs" or "conflicts"; the rest is only on the topic (issue 15: honest evidence).
const QUOTE_ROLES = {
  corroborates: 'What backs it',
  conflicts: 'What says otherwise',
  related: 'On the same subject',
} as const;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The hover card, kept small (issue 15): the verdict with one plain line of what it means, the one
 * quote that decided it with who said it, who reported it and when, and the way to the rest. What
 * it shows comes from the page or the record and is rendered as text (Preact never parses HTML).
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
  const verdict = readerVerdict(result);
  const [best] = pickEvidence(result, 1);
  const more = result.evidence.length - (best ? 1 : 0);
  const role = best
    ? verdict === 'outdated' && best.stance === 'conflicts'
      ? 'What changed it'
      : QUOTE_ROLES[best.stance]
    : null;
  const who = best ? attribution(best) : null;
  return (
    <div
      class={`card card-${verdict}`}
      role="dialog"
      lang="en"
      aria-label={`Receipts: ${VERDICT_WORDS[verdict]}`}
      aria-describedby="receipts-meaning"
      tabIndex={-1}
    >
      <div class="head">
        <VerdictBadge verdict={verdict} />
        <button type="button" class="close" aria-label="Close" title="Close (Esc)" onClick={onClose}>
          ×
        </button>
      </div>
      <div class="body">
        <p class="meaning" id="receipts-meaning">
          {VERDICT_MEANINGS[verdict]}
        </p>
        {result.reason ? <p class="card-reason">{result.reason}</p> : null}
        <p class="sr-only">On this page: {sentence}</p>
        {best && who ? (
          <figure class={`best stance-${best.stance}`}>
            <figcaption class="role">{role}</figcaption>
            <blockquote class={best.kind === 'quote' ? 'quote' : 'report'} lang={best.lang}>
              <MarkedQuote quote={best.quote} highlights={decidingMarks(best.quote, best.highlights)} />
            </blockquote>
            <p class="who">
              {who.speaker ? (
                <>
                  <strong title={best.speakerRole}>{who.speaker}</strong>
                  {`, ${who.verb} `}
                </>
              ) : (
                `${who.verb} `
              )}
              <OutletLink url={best.url} outlet={who.outlet} />
            </p>
            <p class="when">{whenLine(best, pageDate ?? undefined)}</p>
          </figure>
        ) : null}
      </div>
      <div class="foot">
        <button type="button" class="more" onClick={onMore}>
          {more > 0 ? `${plural(more, 'more source')} in the sidebar` : 'Open in the sidebar'}
        </button>
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
