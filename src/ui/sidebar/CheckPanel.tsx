import type { CheckResult } from '../../engine';
import { EvidenceView } from '../EvidenceView';
import { excerpt } from '../popup/excerpt';
import { readerVerdict } from '../reader-verdict';
import { VerdictBadge } from '../VerdictBadge';
import type { Async } from './hooks';

/** What the engine says about text the reader sent from a page (the context menu or a card). */
export function CheckPanel({
  text,
  check,
  pageDate,
  onDismiss,
}: {
  text: string;
  check: Async<CheckResult>;
  pageDate: string | null;
  onDismiss: () => void;
}) {
  return (
    <section class="check-panel notice" aria-labelledby="check-heading">
      <h2 id="check-heading">Checked from the page</h2>
      <blockquote class="checked-text">“{excerpt(text, 300)}”</blockquote>
      {check.state === 'loading' || check.state === 'idle' ? <p class="muted">Checking…</p> : null}
      {check.state === 'failed' ? <p role="alert">Receipts could not check it: {check.error}</p> : null}
      {check.state === 'done' ? <CheckAnswer result={check.value} pageDate={pageDate} /> : null}
      <p>
        <button type="button" class="link" onClick={onDismiss}>
          Dismiss
        </button>
      </p>
    </section>
  );
}

function CheckAnswer({ result, pageDate }: { result: CheckResult; pageDate: string | null }) {
  if (!result.mentions) {
    return (
      <p>
        This text does not mention the CSTO or Nikol Pashinyan, so there is no verdict; the search below looks
        for its words in the record.
      </p>
    );
  }
  // Said once when the top evidence gives the same reason word for word.
  const reason = result.reason && result.reason !== result.evidence[0]?.reason ? result.reason : null;
  return (
    <div class="check-answer">
      <p class="claim-verdict">
        <VerdictBadge verdict={readerVerdict(result)} />
        {reason ? <span class="reason"> — {reason}</span> : null}
      </p>
      {result.evidence.slice(0, 3).map((e) => (
        <EvidenceView key={`${e.url}|${e.quote}`} evidence={e} pageDate={pageDate ?? undefined} />
      ))}
    </div>
  );
}
