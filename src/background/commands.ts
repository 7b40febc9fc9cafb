import { browser } from 'wxt/browser';
import type { PageRequest } from '../messages/page-contract';
import { sendToPage } from '../messages/send-to-page';

/** The manifest's keyboard commands (wxt.config.ts) and the page message each one sends. */
export const COMMANDS: Record<string, PageRequest> = {
  'next-claim': { type: 'navigate-claim', direction: 'next' },
  'previous-claim': { type: 'navigate-claim', direction: 'previous' },
};

export interface CommandDeps {
  activeTabId: () => Promise<number | undefined>;
  sendToTab: (tabId: number, request: PageRequest) => Promise<unknown>;
}

/**
 * Turns a keyboard command into a message to the active tab's content script. A tab without one
 * (a browser page, a page open since before the install) simply has nothing to move through.
 */
export async function handleCommand(command: string, deps: CommandDeps): Promise<boolean> {
  const request = COMMANDS[command];
  if (!request) return false;
  const tabId = await deps.activeTabId();
  if (tabId === undefined) return false;
  try {
    await deps.sendToTab(tabId, request);
    return true;
  } catch {
    return false;
  }
}

const browserDeps: CommandDeps = {
  activeTabId: async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id,
  sendToTab: (tabId, request) => sendToPage(tabId, request),
};

/** Wires the keyboard commands; called once from the background entrypoint. */
export function registerCommands(deps: CommandDeps = browserDeps): void {
  browser.commands.onCommand.addListener((command) => {
    void handleCommand(command, deps);
  });
}
