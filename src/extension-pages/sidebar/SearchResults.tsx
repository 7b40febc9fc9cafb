import { Message } from '../../i18n/Message';
import { useText } from '../../i18n/text-context';
import type { Translator } from '../../i18n/translate';
import type { SearchAnswer, StatementDetail } from '../../search/types';
import { ClaimView } from './ClaimView';
import { StatementView } from './StatementView';

/** The answer to a search: what the names were also searched as, the claims, then the statements;
 * or, when there is nothing, a sentence that says so rather than an empty list. */
export function SearchResults({
  answer,
  filtered,
  loadDetail,
}: {
  answer: SearchAnswer;
  filtered: boolean;
  loadDetail: (id: string) => Promise<StatementDetail>;
}) {
  const text = useText();
  return (
    <div class="search-results">
      <p class="results-summary" role="status">
        {summary(text, answer, filtered)}
      </p>
      {answer.match === 'none' && filtered ? <p class="muted">{text.t('tryClearing')}</p> : null}
      {answer.names.length > 0 ? (
        <p class="names muted">
          <Message
            id="namesSearched"
            parts={[
              answer.names.map((n, i) => (
                <span key={n.name}>
                  {i > 0 ? '; ' : ''}
                  <Message id="nameAs" parts={[n.typed, <strong key="name">{n.name}</strong>]} />
                </span>
              )),
            ]}
          />
        </p>
      ) : null}
      {answer.claims.length > 0 ? (
        <section aria-labelledby="claims-heading">
          <h2 id="claims-heading">{text.t('claimsHeading', answer.claims.length)}</h2>
          <ul class="plain results">
            {answer.claims.map((hit) => (
              <li key={hit.claim.id}>
                <ClaimView hit={hit} loadDetail={loadDetail} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {answer.statements.length > 0 ? (
        <section aria-labelledby="statements-heading">
          <h2 id="statements-heading">{text.t('statementsHeading', answer.statements.length)}</h2>
          <ul class="plain results">
            {answer.statements.map((hit) => (
              <li key={hit.statement.id}>
                <StatementView statement={hit.statement} marks={hit.marks} loadDetail={loadDetail} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

function summary(text: Translator, answer: SearchAnswer, filtered: boolean): string {
  const query = answer.query.trim();
  if (answer.match === 'none') return text.t(filtered ? 'nothingOnFiltered' : 'nothingOn', query);
  const results = text.count('resultCount', answer.total);
  const shown = answer.claims.length + answer.statements.length;
  const some = answer.match === 'some';
  if (shown < answer.total) return text.t(some ? 'resultsFirstSome' : 'resultsFirst', results, shown);
  return text.t(some ? 'resultsSome' : 'resultsAll', results);
}
