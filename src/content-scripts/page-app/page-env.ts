import type { FlagReport } from '../../flags/flag-request';
import type { Translator } from '../../i18n/translate';
import type { CardHost } from './card-controller';
import type { CheckFn } from './checker';
import type { ShownVerdict } from './highlights';

/** Everything the page app needs from the browser and the extension, injected so tests can fake it. */
export interface PageEnv {
  doc: Document;
  win: Window;
  /** Timers that die with the content script (ctx.setTimeout / ctx.requestAnimationFrame). */
  setTimeout: (run: () => void, ms: number) => number;
  clearTimeout: (id: number) => void;
  requestAnimationFrame: (run: () => void) => number;
  check: CheckFn;
  sendStatus: (claimCount: number, worst: ShownVerdict | null) => Promise<unknown>;
  /** Asks the background to open the sidebar on this text; resolves false where the browser refused. */
  openSidebar: (query: string) => Promise<boolean>;
  /** Asks the background to keep the reader's flag on a sentence (the card's "Does this look wrong?"). */
  flag?: (sentence: string, pageDate: string | null, report: FlagReport) => Promise<void>;
  pageDate: (doc: Document) => string | null;
  mountHost: () => Promise<CardHost & { remove: () => void }>;
  pausedSites: {
    get: () => Promise<readonly string[]>;
    watch: (onChange: (sites: readonly string[]) => void) => () => void;
  };
  /** The reader's "Show related sentences on the page" setting (src/settings/show-related.ts). */
  showRelated: {
    get: () => Promise<boolean>;
    watch: (onChange: (on: boolean) => void) => () => void;
  };
  /** The words of the card in the reader's interface language (src/i18n/current.ts); English without it. */
  interfaceText?: {
    get: () => Promise<Translator>;
    watch: (onChange: (text: Translator) => void) => () => void;
  };
}
