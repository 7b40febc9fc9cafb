import { describe, expect, test } from 'vitest';
import { COMMANDS, handleCommand } from '../../../src/background/commands';
import type { PageRequest } from '../../../src/messages/page-contract';

describe('handleCommand', () => {
  test('next and previous go to the active tab as navigate-claim messages', async () => {
    const sent: [number, PageRequest][] = [];
    const deps = {
      activeTabId: async () => 7,
      sendToTab: async (tabId: number, request: PageRequest) => void sent.push([tabId, request]),
    };
    expect(await handleCommand('next-claim', deps)).toBe(true);
    expect(await handleCommand('previous-claim', deps)).toBe(true);
    expect(sent).toEqual([
      [7, { type: 'navigate-claim', direction: 'next' }],
      [7, { type: 'navigate-claim', direction: 'previous' }],
    ]);
  });

  test('an unknown command, no active tab, or a tab without our script does nothing and does not throw', async () => {
    const refuse = async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    };
    expect(await handleCommand('_execute_action', { activeTabId: async () => 1, sendToTab: refuse })).toBe(
      false,
    );
    expect(await handleCommand('next-claim', { activeTabId: async () => undefined, sendToTab: refuse })).toBe(
      false,
    );
    expect(await handleCommand('next-claim', { activeTabId: async () => 1, sendToTab: refuse })).toBe(false);
  });

  test('every command has a default shortcut in the manifest', async () => {
    const config = (await import('../../../wxt.config')).default as {
      manifest: (env: { browser: string }) => {
        commands?: Record<string, { suggested_key?: { default?: string } }>;
      };
    };
    for (const browser of ['chrome', 'firefox']) {
      const commands = config.manifest({ browser }).commands ?? {};
      for (const name of Object.keys(COMMANDS))
        expect(commands[name]?.suggested_key?.default).toMatch(/^Alt\+Shift\+/);
    }
    // Loading wxt.config pulls in WXT itself: slow on a busy machine.
  }, 30_000);
});
