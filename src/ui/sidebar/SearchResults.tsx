import type { SearchAnswer, StatementDetail } from '../../lookup/types';
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
  const shown = answer.claims.length + answer.statements.length;
  return (
    <div class="search-results">
      <p class="results-summary" role="status">
        {answer.match === 'none'
          ? `Nothing in the record on “${answer.query.trim()}”${filtered ? ' with these filters' : ''}.`
          : `${answer.total} result${answer.total === 1 ? '' : 's'}${shown < answer.total ? `, the first ${shown} shown` : ''}${
              answer.match === 'some' ? ': nothing has every word, so these have some of them' : ''
            }.`}
      </p>
      {answer.match === 'none' && filtered ? <p class="muted">Try clearing the filters.</p> : null}
      {answer.names.length > 0 ? (
        <p class="names muted">
          Names searched in every spelling the record knows:{' '}
          {answer.names.map((n, i) => (
            <span key={n.name}>
              {i > 0 ? '; ' : ''}“{n.typed}” as <strong>{n.name}</strong>
            </span>
          ))}
          .
        </p>
      ) : null}
      {answer.claims.length > 0 ? (
        <section aria-labelledby="claims-heading">
          <h2 id="claims-heading">Claims in the record ({answer.claims.length})</h2>
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
          <h2 id="statements-heading">Statements ({answer.statements.length})</h2>
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
