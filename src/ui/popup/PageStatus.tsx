import type { PageClaim } from '../../messages/page-contract';
import { PageClaimsView } from './PageClaimsView';
import type { PageView } from './page-view';

const CANNOT_SCAN: Record<'browser-page' | 'store' | 'file' | 'unknown', string> = {
  'browser-page':
    'This is one of the browser’s own pages. Browsers do not let extensions read them, so there is nothing for Receipts to check here.',
  store: 'Browsers protect their add-on stores from every extension, so Receipts cannot read this page.',
  file: 'Receipts reads web pages only (http and https addresses), not files opened from your computer.',
  unknown:
    'Receipts has no access to this page, so it cannot check it. If it is a web page, you can allow Receipts on this site from the browser’s extensions menu.',
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
  switch (view.kind) {
    case 'loading':
      return <p class="muted">Asking the page for its claims…</p>;
    case 'no-tab':
      return <p class="notice">There is no page open in this window.</p>;
    case 'cannot-scan':
      return (
        <div class="notice" role="status">
          <p>{CANNOT_SCAN[view.access.kind]}</p>
        </div>
      );
    case 'needs-access':
      return (
        <div class="notice" role="status">
          <p>
            Receipts is not allowed to read pages on <strong>{view.host}</strong>, so it cannot check this
            one. The browser will ask you to confirm.
          </p>
          <p>
            <button type="button" onClick={() => actions.onRequestAccess(view.origin)}>
              Allow Receipts on {view.host}
            </button>
          </p>
        </div>
      );
    case 'not-running':
      return (
        <div class="notice" role="status">
          <p>
            Receipts is not running on this page yet: it was probably open before Receipts was installed,
            updated or allowed on {view.host}. Reload it to check it.
          </p>
          <p>
            <button type="button" onClick={actions.onReload}>
              Reload the page
            </button>
          </p>
        </div>
      );
    case 'paused':
      return (
        <p class="notice" role="status">
          Receipts is paused on {view.host}: nothing here is highlighted or checked.
        </p>
      );
    case 'error':
      return (
        <p class="notice" role="alert">
          Receipts could not read this page’s claims: {view.message}
        </p>
      );
    case 'page':
      return <PageClaimsView page={view.page} onShow={actions.onShow} evidencePerClaim={evidencePerClaim} />;
  }
}
