import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { isSettling, loadPageView, type PageView } from './page-view';
import type { PageServices, TabInfo } from './services';

// While a page is still scanning, ask again this often: the content script has no way to push to
// a popup, and a popup lives only seconds, so a short poll is simpler than a subscription.
const SETTLE_POLL_MS = 500;

/**
 * The page view of a tab, kept current: reloaded when the paused sites change, polled while the
 * page is scanning, and reloaded whenever `subscribe` says something changed (the sidebar passes
 * tab switches, navigations and the page's own updates).
 */
export function usePageView(
  services: PageServices,
  resolveTab: () => Promise<TabInfo | null>,
  subscribe?: (refresh: () => void) => () => void,
): { view: PageView; refresh: (settleMs?: number) => void } {
  const [view, setView] = useState<PageView>({ kind: 'loading' });
  const latest = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // After a reload the content script takes a moment to start; until then "not running" is expected
  // and is asked again rather than shown as the answer.
  const settleUntil = useRef(0);

  const refresh = useCallback(
    (settleMs = 0) => {
      if (settleMs > 0) settleUntil.current = Date.now() + settleMs;
      const run = ++latest.current;
      clearTimeout(timer.current);
      resolveTab()
        .then((tab) => loadPageView(services, tab))
        .catch((error: Error): PageView => ({ kind: 'error', message: error.message }))
        .then((next) => {
          // An older answer arriving after a newer request must not overwrite it.
          if (run !== latest.current) return;
          const starting = next.kind === 'not-running' && Date.now() < settleUntil.current;
          if (!starting) setView(next);
          if (starting || isSettling(next)) timer.current = setTimeout(() => refresh(), SETTLE_POLL_MS);
        });
    },
    [services, resolveTab],
  );

  useEffect(() => {
    refresh();
    const unwatch = services.watchPausedSites(() => refresh());
    const unsubscribe = subscribe?.(refresh);
    return () => {
      latest.current++;
      clearTimeout(timer.current);
      unwatch();
      unsubscribe?.();
    };
  }, [services, refresh, subscribe]);

  return { view, refresh };
}
