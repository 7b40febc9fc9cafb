import type { CheckResult } from '../../engine';
import type { FlagReport } from '../../flags/flag-request';
import type { Facets, SearchAnswer, SearchFilters, StatementDetail, TimelineMonth } from '../../search/types';
import type { PendingHandOff } from '../../settings/hand-off';
import type { PageServices } from '../common/services';

/** What the sidebar needs beyond the page: the record's search (answered by the background) and
 * the selection hand-off. Fakes in tests, browser-services.ts in the extension. */
export interface SidebarServices extends PageServices {
  search(query: string, filters: SearchFilters, limit: number): Promise<SearchAnswer>;
  timeline(query: string, filters: SearchFilters): Promise<TimelineMonth[]>;
  detail(statementId: string): Promise<StatementDetail>;
  facets(): Promise<Facets>;
  check(text: string, pageDate: string | null): Promise<CheckResult>;
  /** Asks the background to keep the reader's flag on the verdict of text from a page (tabId). */
  flag(text: string, pageDate: string | null, report: FlagReport, tabId?: number): Promise<void>;
  /** Reads and clears a hand-off from the context menu or a page card, if one is waiting. */
  takeHandOff(): Promise<PendingHandOff | null>;
  /** Calls back with each hand-off that arrives while the sidebar is open (and clears it, so a
   * sidebar opened later does not show it again). Every open sidebar gets it: two sidebars racing
   * to take it would leave one of them without. */
  watchHandOff(callback: (pending: PendingHandOff) => void): () => void;
  /** Calls back when the tab the sidebar shows may have changed: another tab was selected, the
   * tab navigated or finished loading, or its page reported new claims. */
  watchCurrentTab(callback: () => void): () => void;
}
