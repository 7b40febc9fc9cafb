import { useState } from 'preact/hooks';
import { useText } from '../../i18n/text-context';
import type { Translator } from '../../i18n/translate';
import type { StatementDetail, TimelineMonth } from '../../search/types';
import { excerpt } from '../common/excerpt';
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
  const text = useText();
  const [open, setOpen] = useState<Set<string>>(new Set());
  const toggle = (id: string) => {
    const next = new Set(open);
    if (!next.delete(id)) next.add(id);
    setOpen(next);
  };
  const count = months.reduce((n, m) => n + m.statements.length, 0);
  if (count === 0) {
    return <p class="notice">{text.t(narrowed ? 'timelineNoMatch' : 'timelineEmpty')}</p>;
  }
  const first = monthLabel(text, (months[0] as TimelineMonth).key);
  const last = monthLabel(text, (months[months.length - 1] as TimelineMonth).key);
  const statements = text.count('statementCount', count);
  const span =
    first === last
      ? text.t('timelineSpanOne', statements, first)
      : text.t('timelineSpan', statements, first, last);
  return (
    <div class="timeline">
      <p class="results-summary" role="status">
        {narrowed ? text.t('timelineMatching', span) : span}
      </p>
      <ol class="plain months">
        {months.map((month) => (
          <li key={month.key} class="month">
            <h2 id={`month-${month.key}`}>{monthLabel(text, month.key)}</h2>
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
                      <time dateTime={s.said.date}>{text.date(s.said.date, s.said.precision)}</time>{' '}
                      <strong>{s.speaker}</strong>: {text.t('quoted', excerpt(s.text, 140))}
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

/** A group's heading from its key: "2024-02" is a month; "2024" holds what the record dates only to the year. */
const monthLabel = (text: Translator, key: string) =>
  key.length === 4 ? text.date(key, 'year') : text.date(`${key}-01`, 'month');
