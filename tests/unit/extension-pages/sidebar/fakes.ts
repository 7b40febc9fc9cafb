import { vi } from 'vitest';
import type { CheckResult } from '../../../../src/engine';
import type { SidebarServices } from '../../../../src/extension-pages/sidebar/services';
import type { FlagReport } from '../../../../src/flags/flag-request';
import { createSearch } from '../../../../src/search';
import type { PendingHandOff } from '../../../../src/settings/hand-off';
import { FIXTURE } from '../../search/fixture';
import { evidence, type FakeOptions, fakePopupServices } from '../common/fakes';

// The sidebar's services with the real search over the test record (it is pure, so the views are
// tested against real search answers), and a hand-off the test can trigger.
export function fakeSidebarServices(options: FakeOptions & { pending?: PendingHandOff | null } = {}) {
  const recordSearch = createSearch(FIXTURE);
  let pending = options.pending ?? null;
  const pendingWatchers = new Set<(pending: PendingHandOff) => void>();
  const tabWatchers = new Set<() => void>();
  const page = fakePopupServices(options);
  const services = {
    ...page,
    search: vi.fn(async (query: string, filters, limit: number) =>
      recordSearch.search({ query, filters, limit }),
    ),
    timeline: vi.fn(async (query: string, filters) => recordSearch.timeline(query, filters)),
    detail: vi.fn(async (id: string) => {
      const detail = recordSearch.detail(id);
      if (!detail) throw new Error('no such statement');
      return detail;
    }),
    facets: vi.fn(async () => recordSearch.facets()),
    check: vi.fn(
      async (_text: string, _pageDate: string | null) =>
        ({
          mentions: true,
          verdict: 'conflicting',
          reason: 'The record says he did not attend.',
          evidence: [evidence()],
        }) as unknown as CheckResult,
    ),
    flag: vi.fn(async (_text: string, _pageDate: string | null, _report: FlagReport, _tabId?: number) => {}),
    takeHandOff: vi.fn(async () => {
      const value = pending;
      pending = null;
      return value;
    }),
    watchHandOff: vi.fn((callback: (pending: PendingHandOff) => void) => {
      pendingWatchers.add(callback);
      return () => pendingWatchers.delete(callback);
    }),
    watchCurrentTab: vi.fn((callback: () => void) => {
      tabWatchers.add(callback);
      return () => tabWatchers.delete(callback);
    }),
  } satisfies SidebarServices;
  return {
    services,
    handOff(value: PendingHandOff) {
      for (const watcher of pendingWatchers) watcher(value);
    },
    tabChanged() {
      for (const watcher of tabWatchers) watcher();
    },
  };
}
