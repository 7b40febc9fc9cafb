import type { CheckResult, Evidence } from '../../engine';
import type { FlagReport } from '../../flags/flag-request';
import type { MessageKey } from '../../i18n/catalog';
import { Message } from '../../i18n/Message';
import { readerVerdict, verdictMeaning, verdictWord } from '../../i18n/reader-verdict';
import { useText } from '../../i18n/text-context';
import { attribution, whenLine } from '../../ui/attribution';
import { OutletLink, QuoteInSentence, sentenceOf } from '../../ui/EvidenceView';
import { FlagForm, useFlagging } from '../../ui/FlagForm';
import { decidingMarks } from '../../ui/marks';
import { pickEvidence } from '../../ui/pick-evidence';
import { VerdictBadge } from '../../ui/VerdictBadge';

export interface ClaimCardProps {
  /** The sentence on the page the card is about. */
  sentence: string;
  result: CheckResult;
  pageDate: string | null;
  onMore: () => void;
  onClose: () => void;
  /** A line for the reader after "More in the sidebar", e.g. where the browser would not open it. */
  notice?: MessageKey | null;
  /** The page was caught changing Receipts' highlights (they were put back). */
  pageInterfered?: boolean;
  /** Keeps the reader's flag ("Does this look wrong?"); without it the card offers none. */
  onFlag?: (report: FlagReport) => Promise<void>;
  /** The flag form opened or closed: the card stays open while the reader fills it in. */
  onFlagOpen?: (open: boolean) => void;
}

// The heading over the one quote: what it is to the verdict. Only evidence that decided gets
// "backs" or "conflicts"; the rest is only on the topic (issue 15: honest evidence).
const QUOTE_ROLES: Record<Evidence['stance'], MessageKey> = {
  corroborates: 'quoteBacks',
  conflicts: 'quoteOtherwise',
  related: 'quoteSubject',
};

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
  onFlag,
  onFlagOpen,
}: ClaimCardProps) {
  const text = useText();
  const flagging = useFlagging(onFlag, onFlagOpen);
  const { step } = flagging.state;
  const formOpen = step === 'open' || step === 'sending' || step === 'failed';
  const verdict = readerVerdict(result);
  const [best] = pickEvidence(result, 1);
  const more = result.evidence.length - (best ? 1 : 0);
  const role = best
    ? verdict === 'outdated' && best.stance === 'conflicts'
      ? 'quoteChanged'
      : QUOTE_ROLES[best.stance]
    : null;
  const who = best ? attribution(best) : null;
  return (
    <div
      class={`card card-${verdict}`}
      role="dialog"
      lang={text.locale}
      aria-label={text.t('cardLabel', verdictWord(verdict, text))}
      aria-describedby="receipts-meaning"
      tabIndex={-1}
    >
      <div class="head">
        <VerdictBadge verdict={verdict} />
        <button
          type="button"
          class="close"
          aria-label={text.t('close')}
          title={text.t('closeHint')}
          onClick={onClose}
        >
          ×
        </button>
      </div>
      <div class="body">
        {formOpen ? (
          // In place of the evidence, inside the body that scrolls: the card grows no taller.
          <FlagForm
            idPrefix="receipts"
            sending={step === 'sending'}
            error={flagging.state.step === 'failed' ? flagging.state.error : null}
            onSubmit={flagging.submit}
            onCancel={flagging.cancel}
          />
        ) : null}
        <div class="evidence-view" hidden={formOpen}>
          <p class="meaning" id="receipts-meaning">
            {verdictMeaning(verdict, text)}
          </p>
          {result.reason ? <p class="card-reason">{result.reason}</p> : null}
          <p class="sr-only">{text.t('onThisPage', sentence)}</p>
          {best && who ? (
            <figure class={`best stance-${best.stance}`}>
              <figcaption class="role">{role ? text.t(role) : null}</figcaption>
              <blockquote class={best.kind === 'quote' ? 'quote' : 'report'} lang={best.lang}>
                <QuoteInSentence
                  quote={best.quote}
                  highlights={decidingMarks(best, best.why ?? result.why)}
                  sentence={sentenceOf(best)}
                />
              </blockquote>
              <p class="who">
                <Message
                  id={who.message}
                  parts={[
                    ...(who.speaker ? [<strong title={best.speakerRole}>{who.speaker}</strong>] : []),
                    <OutletLink url={best.url} outlet={who.outlet} />,
                  ]}
                />
              </p>
              <p class="when">{whenLine(best, pageDate ?? undefined, text)}</p>
            </figure>
          ) : null}
        </div>
      </div>
      <div class="foot">
        <button type="button" class="more" onClick={onMore}>
          {more > 0 ? text.count('moreSources', more) : text.t('openSidebar')}
        </button>
        {onFlag && step === 'closed' ? (
          <button type="button" class="flag-open" onClick={flagging.open}>
            {text.t('flagOpen')}
          </button>
        ) : null}
      </div>
      {step === 'kept' ? (
        <p class="notice flag-kept" role="status">
          {text.t('flagKept')}
        </p>
      ) : null}
      {pageInterfered ? (
        <p class="notice interfered" role="alert">
          {text.t('pageInterfered')}
        </p>
      ) : null}
      {notice ? (
        <p class="notice" role="status">
          {text.t(notice)}
        </p>
      ) : null}
    </div>
  );
}
