import { useState } from 'preact/hooks';
import type { StatementDetail, TimelineMonth } from '../../lookup/types';
import { formatDate } from '../format-date';
import { excerpt } from '../popup/excerpt';
import { StatementView } from './StatementView';

/** The record in the order things were said, month by month; each entry opens its detail. */
export function TimelineView({
  months,
  loadDetail,
  narrowed,
}: {
  months: TimelineMonth[];
  loadDetail: (id: string) => Promise<StatementDetail>;
  /** A query or filters narrowed the timeline. */
  narrowed: boolean;
}) {
  const [open, setOpen] = useState<Set<string>>(new Set());
  const toggle = (id: string) => {
    const next = new Set(open);
    if (!next.delete(id)) next.add(id);
    setOpen(next);
  };
  const count = months.reduce((n, m) => n + m.statements.length, 0);
  if (count === 0) {
    return (
      <p class="notice">No statement in the record {narrowed ? 'matches the search and filters' : 'yet'}.</p>
    );
  }
  const first = months[0] as TimelineMonth;
  const last = months[months.length - 1] as TimelineMonth;
  return (
    <div class="timeline">
      <p class="results-summary" role="status">
        {count} statement{count === 1 ? '' : 's'}
        {narrowed ? ' matching' : ''}, {first.label} to {last.label}.
      </p>
      <ol class="plain months">
        {months.map((month) => (
          <li key={month.key} class="month">
            <h2 id={`month-${month.key}`}>{month.label}</h2>
            <ol class="plain entries" aria-labelledby={`month-${month.key}`}>
              {month.statements.map((s) => {
                const expanded = open.has(s.id);
                const panel = `entry-${s.id.replace(/[^\w-]/g, '_')}`;
                return (
                  <li key={s.id} class="entry" data-statement={s.id}>
                    <button
                      type="button"
                      class="entry-toggle"
                      aria-expanded={expanded}
                      aria-controls={panel}
                      onClick={() => toggle(s.id)}
                    >
                      <time dateTime={s.said.date}>{formatDate(s.said.date, s.said.precision)}</time>{' '}
                      <strong>{s.speaker}</strong>: “{excerpt(s.text, 140)}”
                    </button>
                    <div id={panel} hidden={!expanded}>
                      {expanded ? <StatementView statement={s} loadDetail={loadDetail} /> : null}
                    </div>
                  </li>
                );
              })}
            </ol>
          </li>
        ))}
      </ol>
    </div>
  );
}
