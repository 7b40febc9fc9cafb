import type { CheckResult } from '../../engine';
import { useText } from '../../i18n/text-context';
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
  const words = useText();
  return (
    <section class="check-panel notice" aria-labelledby="check-heading">
      <h2 id="check-heading">{words.t('checkedHeading')}</h2>
      <blockquote class="checked-text">{words.t('quoted', excerpt(text, 300))}</blockquote>
      {check.state === 'loading' || check.state === 'idle' ? (
        <p class="muted">{words.t('checking')}</p>
      ) : null}
      {check.state === 'failed' ? <p role="alert">{words.t('checkFailed', check.error)}</p> : null}
      {check.state === 'done' ? <CheckAnswer result={check.value} pageDate={pageDate} /> : null}
      <p>
        <button type="button" class="link" onClick={onDismiss}>
          {words.t('close')}
        </button>
      </p>
    </section>
  );
}

function CheckAnswer({ result, pageDate }: { result: CheckResult; pageDate: string | null }) {
  const text = useText();
  if (!result.mentions) return <p>{text.t('checkNoMention')}</p>;
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
