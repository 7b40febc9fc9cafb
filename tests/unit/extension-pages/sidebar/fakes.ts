import { vi } from 'vitest';
import type { CheckResult } from '../../../../src/engine';
import type { SidebarServices } from '../../../../src/extension-pages/sidebar/services';
import type { FlagReport } from '../../../../src/flags/flag-request';
import { createLookup } from '../../../../src/lookup';
import type { PendingLookup } from '../../../../src/settings/pending-lookup';
import { FIXTURE } from '../../lookup/fixture';
import { evidence, type FakeOptions, fakePopupServices } from '../common/fakes';

// The sidebar's services with the real lookup over the test record (it is pure, so the views are
// tested against real search answers), and a hand-off the test can trigger.
export function fakeSidebarServices(options: FakeOptions & { pending?: PendingLookup | null } = {}) {
  const lookup = createLookup(FIXTURE);
  let pending = options.pending ?? null;
  const pendingWatchers = new Set<(pending: PendingLookup) => void>();
  const tabWatchers = new Set<() => void>();
  const page = fakePopupServices(options);
  const services = {
    ...page,
    search: vi.fn(async (query: string, filters, limit: number) => lookup.search({ query, filters, limit })),
    timeline: vi.fn(async (query: string, filters) => lookup.timeline(query, filters)),
    detail: vi.fn(async (id: string) => {
      const detail = lookup.detail(id);
      if (!detail) throw new Error('no such statement');
      return detail;
    }),
    facets: vi.fn(async () => lookup.facets()),
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
    takePendingLookup: vi.fn(async () => {
      const value = pending;
      pending = null;
      return value;
    }),
    watchPendingLookup: vi.fn((callback: (pending: PendingLookup) => void) => {
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
    handOff(value: PendingLookup) {
      for (const watcher of pendingWatchers) watcher(value);
    },
    tabChanged() {
      for (const watcher of tabWatchers) watcher();
    },
  };
}
