import { render } from 'preact';
import { RecordSources } from '../../src/ui/RecordSources';
import { useRecordSummary } from '../../src/ui/useRecordSummary';

function Popup() {
  const { summary, error } = useRecordSummary();
  if (error) return <p role="alert">Receipts could not load its record: {error}</p>;
  return summary ? <RecordSources summary={summary} /> : <p>Loading…</p>;
}

const app = document.getElementById('app');
if (app) render(<Popup />, app);
