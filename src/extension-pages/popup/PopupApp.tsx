import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { MessageKey } from '../../i18n/catalog';
import { useText } from '../../i18n/text-context';
import type { PageClaim } from '../../messages/page-contract';
import { PageStatus } from '../common/PageStatus';
import type { PageView } from '../common/page-view';
import type { PopupServices, TabInfo } from '../common/services';
import { usePageView } from '../common/usePageView';
import { PauseSwitch } from './PauseSwitch';

const hostIn = (view: PageView): string | null => ('host' in view ? (view.host ?? null) : null);
const tabIn = (view: PageView): TabInfo | null => ('tab' in view ? view.tab : null);

/**
 * The toolbar popup: this page's claims by verdict, a switch to pause Receipts on the site, and the
 * ways on (sidebar, options). `tabId` is the tab to talk to; null means the active tab.
 */
export function PopupApp({
  services,
  tabId,
  footer,
}: {
  services: PopupServices;
  tabId: number | null;
  footer?: ComponentChildren;
}) {
  const text = useText();
  const resolveTab = useCallback(() => services.getTab(tabId), [services, tabId]);
  const { view, refresh } = usePageView(services, resolveTab);
  const [problem, setProblem] = useState<string | null>(null);
  const [paused, setPaused] = useState<string[]>([]);
  useEffect(() => {
    services.pausedSites().then(setPaused, () => setPaused([]));
    return services.watchPausedSites(setPaused);
  }, [services]);

  const host = hostIn(view);
  const tab = tabIn(view);
  const fail = (what: MessageKey) => (error: Error) =>
    setProblem(text.t('problemDetail', text.t(what), error.message));

  const actions = {
    onShow: (claim: PageClaim) => {
      if (!tab) return;
      services.showClaim(tab.id, claim.index).then(() => services.close(), fail('failShowClaim'));
    },
    onRequestAccess: (origin: string) => {
      services.requestAccess(origin).then((granted) => {
        if (!granted) return setProblem(text.t('accessRefused'));
        setProblem(null);
        // Content scripts start on the next load of the page, so the page is reloaded for them.
        if (tab) services.reload(tab.id).then(() => refresh(8_000), fail('failReload'));
      }, fail('failAsk'));
    },
    onReload: () => {
      if (tab) services.reload(tab.id).then(() => refresh(8_000), fail('failReload'));
    },
  };

  return (
    <div class="popup">
      <header class="popup-header">
        <h1>Receipts</h1>
        {host ? <p class="meta host">{host}</p> : null}
      </header>
      <main>
        {host ? (
          <PauseSwitch
            host={host}
            paused={paused.includes(host)}
            onChange={(p) => {
              services.setPaused(host, p).catch(fail('failPause'));
            }}
          />
        ) : null}
        {problem ? (
          <p class="notice" role="alert">
            {problem}
          </p>
        ) : null}
        <PageStatus view={view} actions={actions} />
      </main>
      <footer class="popup-footer">
        <nav aria-label={text.t('moreOfReceipts')}>
          <ul class="plain links">
            <li>
              <button
                type="button"
                class="link"
                onClick={() => {
                  services.openSidebar(tab);
                  services.close();
                }}
              >
                {text.t('searchRecord')}
              </button>
            </li>
            <li>
              <button type="button" class="link" onClick={() => services.openOptions()}>
                {text.t('options')}
              </button>
            </li>
          </ul>
        </nav>
        {footer}
      </footer>
    </div>
  );
}
