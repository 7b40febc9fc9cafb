import type { MessageKey } from '../../i18n/catalog';
import { useText } from '../../i18n/text-context';
import type { Facets, RecordStance, SearchFilters } from '../../search/types';
import { RECORD_STANCES } from '../../search/types';

const STANCE_WORDS: Record<RecordStance, MessageKey> = {
  supports: 'stanceSupports',
  contradicts: 'stanceContradicts',
  disputed: 'stanceDisputed',
  ended: 'stanceEnded',
};

/** Speaker, outlet, stance in the record, and the dates between which it was said. */
export function Filters({
  facets,
  filters,
  onChange,
}: {
  facets: Facets | null;
  filters: SearchFilters;
  onChange: (filters: SearchFilters) => void;
}) {
  const text = useText();
  const set = (patch: Partial<SearchFilters>) => onChange({ ...filters, ...patch });
  const value = (event: Event) => (event.currentTarget as HTMLInputElement | HTMLSelectElement).value || null;
  const active = Object.values(filters).filter(Boolean).length;
  // Folded by default: a side panel is narrow, and the results matter more than the form. The
  // summary says how many filters are on, so a narrowed list is never a surprise.
  return (
    <details class="filters">
      <summary>{active > 0 ? text.t('filtersOn', active) : text.t('filters')}</summary>
      <div class="filter-fields">
        <label>
          {text.t('filterSpeaker')}
          <select value={filters.speaker ?? ''} onChange={(e) => set({ speaker: value(e) })}>
            <option value="">{text.t('filterAnyone')}</option>
            {[true, false].map((person) => (
              <optgroup key={String(person)} label={text.t(person ? 'filterPeople' : 'filterBodies')}>
                {facets?.speakers
                  .filter((s) => s.person === person)
                  .map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.name} ({s.count})
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </label>
        <label>
          {text.t('filterOutlet')}
          <select value={filters.outlet ?? ''} onChange={(e) => set({ outlet: value(e) })}>
            <option value="">{text.t('filterAnyOutlet')}</option>
            {facets?.outlets.map((o) => (
              <option key={o.name} value={o.name}>
                {o.name} ({o.count})
              </option>
            ))}
          </select>
        </label>
        <label>
          {text.t('filterStance')}
          <select
            value={filters.stance ?? ''}
            onChange={(e) => set({ stance: value(e) as RecordStance | null })}
          >
            <option value="">{text.t('filterAny')}</option>
            {RECORD_STANCES.map((s) => (
              <option key={s} value={s}>
                {text.t(STANCE_WORDS[s])}
              </option>
            ))}
          </select>
        </label>
        <div class="dates">
          <label>
            {text.t('filterFrom')}
            <input
              type="date"
              value={filters.from ?? ''}
              min={facets?.dates?.first}
              max={facets?.dates?.last}
              onChange={(e) => set({ from: value(e) })}
            />
          </label>
          <label>
            {text.t('filterTo')}
            <input
              type="date"
              value={filters.to ?? ''}
              min={facets?.dates?.first}
              max={facets?.dates?.last}
              onChange={(e) => set({ to: value(e) })}
            />
          </label>
        </div>
        {active > 0 ? (
          <button
            type="button"
            class="link"
            onClick={() => onChange({ speaker: null, outlet: null, stance: null, from: null, to: null })}
          >
            {text.t('clearFilters')}
          </button>
        ) : null}
      </div>
    </details>
  );
}
