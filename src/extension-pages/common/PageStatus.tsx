import type { MessageKey } from '../../i18n/catalog';
import { Message } from '../../i18n/Message';
import { useText } from '../../i18n/text-context';
import type { PageClaim } from '../../messages/page-contract';
import { PageClaimsView } from './PageClaimsView';
import type { PageView } from './page-view';

const CANNOT_SCAN: Record<'browser-page' | 'store' | 'file' | 'unknown', MessageKey> = {
  'browser-page': 'cannotBrowserPage',
  store: 'cannotStore',
  file: 'cannotFile',
  unknown: 'cannotUnknown',
};

export interface PageStatusActions {
  onShow: (claim: PageClaim) => void;
  onRequestAccess: (origin: string) => void;
  onReload: () => void;
}

/** What Receipts can say about the tab: its claims, or plainly why there are none to show. */
export function PageStatus({
  view,
  actions,
  evidencePerClaim,
}: {
  view: PageView;
  actions: PageStatusActions;
  evidencePerClaim?: number;
}) {
  const text = useText();
  switch (view.kind) {
    case 'loading':
      return <p class="muted">{text.t('askingPage')}</p>;
    case 'no-tab':
      return <p class="notice">{text.t('noTab')}</p>;
    case 'cannot-scan':
      return (
        <div class="notice" role="status">
          <p>{text.t(CANNOT_SCAN[view.access.kind])}</p>
        </div>
      );
    case 'needs-access':
      return (
        <div class="notice" role="status">
          <p>
            <Message id="needsAccess" parts={[<strong>{view.host}</strong>]} />
          </p>
          <p>
            <button type="button" onClick={() => actions.onRequestAccess(view.origin)}>
              {text.t('allowOn', view.host)}
            </button>
          </p>
        </div>
      );
    case 'not-running':
      return (
        <div class="notice" role="status">
          <p>{text.t('notRunning', view.host)}</p>
          <p>
            <button type="button" onClick={actions.onReload}>
              {text.t('reloadPage')}
            </button>
          </p>
        </div>
      );
    case 'paused':
      return (
        <p class="notice" role="status">
          {text.t('pausedOnHost', view.host)}
        </p>
      );
    case 'error':
      return (
        <p class="notice" role="alert">
          {text.t('pageError', view.message)}
        </p>
      );
    case 'page':
      return <PageClaimsView page={view.page} onShow={actions.onShow} evidencePerClaim={evidencePerClaim} />;
  }
}
