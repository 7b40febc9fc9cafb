import { useText } from '../../i18n/text-context';
import { RecordSources } from '../../ui/RecordSources';
import { useRecordSummary } from '../../ui/useRecordSummary';

/** What the record holds, folded away: the reader came for the page, not for this. */
export function RecordAbout({ open = false }: { open?: boolean }) {
  const text = useText();
  const { summary, error } = useRecordSummary();
  return (
    <details class="record-about" open={open}>
      <summary>{text.t('aboutRecord')}</summary>
      {error ? <p role="alert">{text.t('recordError', error)}</p> : null}
      {summary ? (
        <RecordSources summary={summary} />
      ) : error ? null : (
        <p class="muted">{text.t('loading')}</p>
      )}
    </details>
  );
}
