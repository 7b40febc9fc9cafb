import type { RecordSummary } from '../messages/contract';
import { formatDate } from './format-date';

export function RecordSources({ summary }: { summary: RecordSummary }) {
  return (
    <section aria-label="Sources in the record">
      <p>
        The record holds {summary.statements} statements and {summary.claims} claims from{' '}
        {summary.sources.length} sources.
      </p>
      <ul class="sources">
        {summary.sources.map((source) => (
          <li key={source.id}>
            <a href={source.url} target="_blank" rel="noreferrer">
              {source.headline ?? source.outlet}
            </a>{' '}
            <span class="meta">
              {source.outlet}, {formatDate(source.published.date, source.published.precision)} ·{' '}
              {source.statements} statements
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
