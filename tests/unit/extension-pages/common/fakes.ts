import { vi } from 'vitest';
import type { CheckResult, Evidence } from '../../../../src/engine';
import type { PopupServices, TabInfo } from '../../../../src/extension-pages/common/services';
import type { PageClaim, PageClaims } from '../../../../src/messages/page-contract';

// Fakes for the services the popup and the sidebar's page view use: each test says what the tab
// and its content script are like, and reads back what the view asked the browser to do.

export const evidence = (over: Partial<Evidence> = {}): Evidence =>
  ({
    stance: 'conflicts',
    kind: 'quote',
    quote: 'Pashinian will not attend the CSTO summit in Minsk.',
    highlights: [],
    speaker: 'Nikol Pashinyan',
    speakerRole: 'Prime Minister of Armenia',
    url: 'https://daily.example/a',
    outlet: 'The Daily Example',
    date: '2023-11-14',
    datePrecision: 'day',
    reason: 'The source says he did not attend; this sentence says he did.',
    ...over,
  }) as Evidence;

export const claim = (
  index: number,
  text: string,
  verdict: CheckResult['verdict'],
  ev: Evidence[] = [evidence()],
): PageClaim => ({
  index,
  text,
  result: { mentions: true, verdict, evidence: ev, reason: `Reason for ${index}.` } as unknown as CheckResult,
});

export const page = (claims: PageClaim[], over: Partial<PageClaims> = {}): PageClaims => ({
  state: 'ready',
  pageDate: '2023-11-20',
  claims,
  version: 1,
  ...over,
});

export interface FakeOptions {
  tab?: TabInfo | null;
  pages?: (PageClaims | Error)[];
  access?: boolean;
  paused?: string[];
  granted?: boolean;
}

export function fakePopupServices(options: FakeOptions = {}) {
  const tab =
    options.tab === undefined ? { id: 5, url: 'https://news.example/story', windowId: 1 } : options.tab;
  const pages = [...(options.pages ?? [page([])])];
  let paused = [...(options.paused ?? [])];
  const watchers = new Set<(sites: string[]) => void>();
  const services = {
    getTab: vi.fn(async (_id: number | null) => tab),
    pageClaims: vi.fn(async (_tabId: number) => {
      const next = pages.length > 1 ? pages.shift() : pages[0];
      if (next instanceof Error || next === undefined)
        throw next ?? new Error('Receiving end does not exist.');
      return next;
    }),
    showClaim: vi.fn(async (_tabId: number, _index: number) => {}),
    hasAccess: vi.fn(async (_origin: string) => options.access ?? true),
    requestAccess: vi.fn(async (_origin: string) => options.granted ?? true),
    reload: vi.fn(async (_tabId: number) => {}),
    pausedSites: vi.fn(async () => paused),
    setPaused: vi.fn(async (host: string, on: boolean) => {
      paused = on ? [...paused, host] : paused.filter((h) => h !== host);
      for (const watcher of watchers) watcher(paused);
    }),
    watchPausedSites: vi.fn((callback: (sites: string[]) => void) => {
      watchers.add(callback);
      return () => watchers.delete(callback);
    }),
    flagBlocked: vi.fn(async (_tabId: number) => {}),
    openSidebar: vi.fn((_tab: TabInfo | null) => {}),
    openOptions: vi.fn(() => {}),
    close: vi.fn(() => {}),
  } satisfies PopupServices;
  return services;
}
