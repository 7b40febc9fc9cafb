import { RecordSources } from '../RecordSources';
import { useRecordSummary } from '../useRecordSummary';

/** What the record holds, folded away: the reader came for the page, not for this. */
export function RecordAbout({ open = false }: { open?: boolean }) {
  const { summary, error } = useRecordSummary();
  return (
    <details class="record-about" open={open}>
      <summary>About the record</summary>
      {error ? <p role="alert">Receipts could not load its record: {error}</p> : null}
      {summary ? <RecordSources summary={summary} /> : error ? null : <p class="muted">Loading…</p>}
    </details>
  );
}
