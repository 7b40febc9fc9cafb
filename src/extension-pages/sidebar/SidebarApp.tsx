import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { CheckResult } from '../../engine';
import type { MessageKey } from '../../i18n/catalog';
import { useText } from '../../i18n/text-context';
import type { Translator } from '../../i18n/translate';
import type { PageClaim } from '../../messages/page-contract';
import { hasFilters } from '../../search/filters';
import { type Facets, NO_FILTERS, type SearchAnswer, type SearchFilters } from '../../search/types';
import type { PendingHandOff } from '../../settings/hand-off';
import { PageStatus } from '../common/PageStatus';
import { usePageView } from '../common/usePageView';
import { CheckPanel } from './CheckPanel';
import { Filters } from './Filters';
import { type Async, useAsync, useDebounced } from './hooks';
import { SearchResults } from './SearchResults';
import type { SidebarServices } from './services';
import { Tabs } from './Tabs';
import { TimelineView } from './TimelineView';
import { VerdictLegend } from './VerdictLegend';

type View = 'search' | 'timeline' | 'page';
const tabsFor = (text: Translator, claims: number | null): { key: View; label: string }[] => [
  { key: 'search', label: text.t('tabSearch') },
  { key: 'timeline', label: text.t('tabTimeline') },
  { key: 'page', label: claims === null ? text.t('tabPage') : text.t('tabPageCount', claims) },
];

// The search box takes what the record can search: a longer selection is cut to this.
const QUERY_MAX = 500;
const TYPING_MS = 120;
const RESULTS = 50;

/** Text handed off from a page, and the engine's check of it. */
interface CheckedHandOff {
  text: string;
  /** The tab the text came from, for the page's address on a flag the reader allows it on. */
  tabId: number | null;
  pageDate: string | null;
  check: Async<CheckResult>;
}

/** The sidebar: search the whole record, its timeline, the current tab's claims, and text sent
 * from a page. `tabId` pins the tab it shows (tests); null follows the active tab. */
export function SidebarApp({
  services,
  tabId,
  footer,
}: {
  services: SidebarServices;
  tabId: number | null;
  footer?: ComponentChildren;
}) {
  const text = useText();
  const [view, setView] = useState<View>('search');
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<SearchFilters>(NO_FILTERS);
  const [facets, setFacets] = useState<Facets | null>(null);
  const [handOff, setHandOff] = useState<CheckedHandOff | null>(null);

  useEffect(() => {
    services.facets().then(setFacets, () => setFacets(null));
  }, [services]);

  // A hand-off from the context menu or a page card: check the text with the engine (with the
  // page's own date, which the verdict depends on) and search for it.
  const showHandOff = useCallback(
    async (pending: PendingHandOff) => {
      setView('search');
      setQuery(pending.text.slice(0, QUERY_MAX));
      setHandOff({ text: pending.text, tabId: pending.tabId, pageDate: null, check: { state: 'loading' } });
      const pageDate =
        pending.tabId === null
          ? null
          : await services.pageClaims(pending.tabId).then(
              (p) => p.pageDate,
              () => null,
            );
      const check = await services.check(pending.text, pageDate).then(
        (value): Async<CheckResult> => ({ state: 'done', value }),
        (error: Error): Async<CheckResult> => ({ state: 'failed', error: error.message }),
      );
      setHandOff((current) =>
        current?.text === pending.text
          ? { text: pending.text, tabId: pending.tabId, pageDate, check }
          : current,
      );
    },
    [services],
  );
  useEffect(() => {
    services.takeHandOff().then(
      (pending) => pending && showHandOff(pending),
      () => {},
    );
    return services.watchHandOff((pending) => void showHandOff(pending));
  }, [services, showHandOff]);

  const settledQuery = useDebounced(query, TYPING_MS);
  const filtered = hasFilters(filters);
  const key = JSON.stringify([settledQuery, filters]);
  const answer = useAsync(view === 'search' && settledQuery.trim() ? key : null, () =>
    services.search(settledQuery, filters, RESULTS),
  );
  const timeline = useAsync(view === 'timeline' ? key : null, () => services.timeline(settledQuery, filters));

  const resolveTab = useCallback(() => services.getTab(tabId), [services, tabId]);
  const watchTab = useCallback((refresh: () => void) => services.watchCurrentTab(refresh), [services]);
  const page = usePageView(services, resolveTab, watchTab);
  const pageActions = {
    onShow: (claim: PageClaim) => {
      const tab = 'tab' in page.view ? page.view.tab : null;
      if (tab) void services.showClaim(tab.id, claim.index).catch(() => page.refresh());
    },
    onRequestAccess: (origin: string) => {
      const tab = 'tab' in page.view ? page.view.tab : null;
      // Content scripts start on the page's next load, so a granted site is reloaded for them.
      services.requestAccess(origin).then(
        (granted) =>
          granted && tab ? services.reload(tab.id).then(() => page.refresh(8_000)) : page.refresh(),
        () => page.refresh(),
      );
    },
    onReload: () => {
      const tab = 'tab' in page.view ? page.view.tab : null;
      if (tab) void services.reload(tab.id).then(() => page.refresh(8_000));
    },
  };

  return (
    <div class="sidebar">
      <header>
        <h1>Receipts</h1>
        <label class="search-box">
          <span class="visually-hidden">{text.t('searchLabel')}</span>
          <input
            type="search"
            value={query}
            placeholder={text.t('searchPlaceholder')}
            maxLength={QUERY_MAX}
            onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
          />
        </label>
        <Filters facets={facets} filters={filters} onChange={setFilters} />
        <VerdictLegend />
      </header>
      {handOff ? (
        <CheckPanel
          key={handOff.text}
          text={handOff.text}
          check={handOff.check}
          pageDate={handOff.pageDate}
          onDismiss={() => setHandOff(null)}
          onFlag={(report) =>
            services.flag(handOff.text, handOff.pageDate, report, handOff.tabId ?? undefined)
          }
        />
      ) : null}
      <Tabs
        tabs={tabsFor(text, page.view.kind === 'page' ? page.view.page.claims.length : null)}
        selected={view}
        onSelect={setView}
        label={text.t('sidebarViews')}
      >
        {view === 'search' ? (
          <SearchPanel query={settledQuery} answer={answer} filtered={filtered} services={services} />
        ) : null}
        {view === 'timeline' ? (
          <AsyncView result={timeline} loading="loadingTimeline" failed="timelineFailed">
            {(months) => (
              <TimelineView
                months={months}
                loadDetail={services.detail}
                narrowed={Boolean(settledQuery.trim()) || filtered}
              />
            )}
          </AsyncView>
        ) : null}
        {view === 'page' ? <PageStatus view={page.view} actions={pageActions} evidencePerClaim={2} /> : null}
      </Tabs>
      {footer}
    </div>
  );
}

function SearchPanel({
  query,
  answer,
  filtered,
  services,
}: {
  query: string;
  answer: Async<SearchAnswer>;
  filtered: boolean;
  services: SidebarServices;
}) {
  const text = useText();
  if (!query.trim()) {
    return (
      <div class="search-empty">
        <p>{text.t('searchHint')}</p>
        <p class="muted">{text.t('checkHint')}</p>
      </div>
    );
  }
  return (
    <AsyncView result={answer} loading="searching" failed="searchFailed">
      {(value) => <SearchResults answer={value} filtered={filtered} loadDetail={services.detail} />}
    </AsyncView>
  );
}

function AsyncView<T>({
  result,
  loading,
  failed,
  children,
}: {
  result: Async<T>;
  loading: MessageKey;
  /** A message with the error as its one placeholder. */
  failed: MessageKey;
  children: (value: T) => ComponentChildren;
}) {
  const text = useText();
  if (result.state === 'failed')
    return (
      <p class="notice" role="alert">
        {text.t(failed, result.error)}
      </p>
    );
  if (result.state === 'done') return <>{children(result.value)}</>;
  return <p class="muted">{text.t(loading)}</p>;
}
