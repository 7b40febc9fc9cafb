import type { CheckResult } from '../../engine';
import type { FlagReport } from '../../flags/flag-request';
import { readerVerdict } from '../../i18n/reader-verdict';
import { useText } from '../../i18n/text-context';
import { EvidenceView } from '../../ui/EvidenceView';
import { FlagForm, useFlagging } from '../../ui/FlagForm';
import { VerdictBadge } from '../../ui/VerdictBadge';
import { excerpt } from '../common/excerpt';
import type { Async } from './hooks';

/** What the engine says about text the reader sent from a page (the context menu or a card). */
export function CheckPanel({
  text: checked,
  check,
  pageDate,
  onDismiss,
  onFlag,
}: {
  text: string;
  check: Async<CheckResult>;
  pageDate: string | null;
  onDismiss: () => void;
  /** Keeps the reader's flag on this verdict; without it the panel offers none. */
  onFlag?: (report: FlagReport) => Promise<void>;
}) {
  const text = useText();
  return (
    <section class="check-panel notice" aria-labelledby="check-heading">
      <h2 id="check-heading">{text.t('checkedHeading')}</h2>
      <blockquote class="checked-text">{text.t('quoted', excerpt(checked, 300))}</blockquote>
      {check.state === 'loading' || check.state === 'idle' ? (
        <p class="muted">{text.t('checkChecking')}</p>
      ) : null}
      {check.state === 'failed' ? <p role="alert">{text.t('checkFailed', check.error)}</p> : null}
      {check.state === 'done' ? (
        <CheckAnswer result={check.value} pageDate={pageDate} onFlag={onFlag} />
      ) : null}
      <p>
        <button type="button" class="link" onClick={onDismiss}>
          {text.t('checkDismiss')}
        </button>
      </p>
    </section>
  );
}

function CheckAnswer({
  result,
  pageDate,
  onFlag,
}: {
  result: CheckResult;
  pageDate: string | null;
  onFlag?: (report: FlagReport) => Promise<void>;
}) {
  const text = useText();
  const flagging = useFlagging(onFlag);
  if (!result.mentions) return <p>{text.t('checkNoMentions')}</p>;
  const { state } = flagging;
  // Each reason is said once: beside the verdict, and under a quote only where it says more
  // (evidence mostly gives the verdict's reason again, word for word; issue 15).
  const reason = result.reason ?? result.evidence[0]?.reason ?? null;
  const said = new Set(reason ? [reason] : []);
  const shown = result.evidence.slice(0, 3).map((e) => {
    const repeats = !e.reason || said.has(e.reason);
    if (e.reason) said.add(e.reason);
    return { evidence: e, repeats };
  });
  return (
    <div class="check-answer">
      <p class="claim-verdict">
        <VerdictBadge verdict={readerVerdict(result)} />
        {reason ? <span class="reason"> — {reason}</span> : null}
      </p>
      {shown.map(({ evidence: e, repeats }) => (
        <EvidenceView
          key={`${e.url}|${e.quote}`}
          evidence={e}
          pageDate={pageDate ?? undefined}
          hideReason={repeats}
        />
      ))}
      {onFlag && state.step === 'closed' ? (
        <p>
          <button type="button" class="link flag-open" onClick={flagging.open}>
            {text.t('flagOpen')}
          </button>
        </p>
      ) : null}
      {state.step === 'open' || state.step === 'sending' || state.step === 'failed' ? (
        <FlagForm
          idPrefix="check"
          sending={state.step === 'sending'}
          error={state.step === 'failed' ? state.error : null}
          onSubmit={flagging.submit}
          onCancel={flagging.cancel}
        />
      ) : null}
      {state.step === 'kept' ? (
        <p class="flag-kept" role="status">
          {text.t('flagKept')}
        </p>
      ) : null}
    </div>
  );
}
