import { useEffect, useState } from 'preact/hooks';
import type { RecordSummary } from '../messages/contract';
import { send } from '../messages/send';

export function useRecordSummary(): { summary?: RecordSummary; error?: string } {
  const [state, setState] = useState<{ summary?: RecordSummary; error?: string }>({});
  useEffect(() => {
    send({ type: 'record-summary' }).then(
      (summary) => setState({ summary }),
      (error: Error) => setState({ error: error.message }),
    );
  }, []);
  return state;
}
