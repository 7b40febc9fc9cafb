import { type ReaderVerdict, VERDICT_WORDS, verdictMeaning } from '../../i18n/reader-verdict';
import { useText } from '../../i18n/text-context';
import { VerdictBadge } from '../../ui/VerdictBadge';

/** What each verdict word means, folded: the sidebar is where a reader goes to understand a card. */
export function VerdictLegend() {
  const text = useText();
  return (
    <details class="legend">
      <summary>{text.t('legendTitle')}</summary>
      <dl>
        {(Object.keys(VERDICT_WORDS) as ReaderVerdict[]).map((verdict) => (
          <div key={verdict}>
            <dt>
              <VerdictBadge verdict={verdict} />
            </dt>
            <dd>{verdictMeaning(verdict, text)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
