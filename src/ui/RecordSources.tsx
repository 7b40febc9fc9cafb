import { useText } from '../i18n/text-context';
import type { RecordSummary } from '../messages/contract';

export function RecordSources({ summary }: { summary: RecordSummary }) {
  const text = useText();
  return (
    <section aria-label={text.t('recordSourcesLabel')}>
      <p>
        {text.t(
          'recordHolds',
          text.count('statementCount', summary.statements),
          text.count('claimCount', summary.claims),
          text.count('sourcesFrom', summary.sources.length),
        )}
      </p>
      <ul class="sources">
        {summary.sources.map((source) => (
          <li key={source.id}>
            <a href={source.url} target="_blank" rel="noreferrer">
              {source.headline ?? source.outlet}
            </a>{' '}
            <span class="meta">
              {source.outlet}, {text.date(source.published.date, source.published.precision)} ·{' '}
              {text.count('statementCount', source.statements)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
