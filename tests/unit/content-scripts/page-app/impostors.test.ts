// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { ignoreImpostors, startedEventName } from '../../../../src/content-scripts/page-app/impostors';

test('a started-event from the page is stopped before the document hears it, while still connected', () => {
  let connected = true;
  const heard: string[] = [];
  document.addEventListener('ext:page-app:started', () => heard.push('document'));
  const remove = ignoreImpostors(window, 'ext:page-app:started', () => connected);
  document.dispatchEvent(new CustomEvent('ext:page-app:started', { detail: { messageId: 'impostor' } }));
  expect(heard).toEqual([]);
  connected = false;
  document.dispatchEvent(new CustomEvent('ext:page-app:started'));
  expect(heard).toEqual(['document']);
  remove();
  connected = true;
  document.dispatchEvent(new CustomEvent('ext:page-app:started'));
  expect(heard).toEqual(['document', 'document']);
});

// The installed WXT still keeps the event's name where the page app reads it; an update that moves
// it fails here, and the page app stops with a message rather than running unguarded.
test("the started-event's name is read from WXT's context, and its absence is an error", async () => {
  const { ContentScriptContext } = await import('wxt/utils/content-script-context');
  expect(startedEventName(ContentScriptContext)).toMatch(/:wxt:content-script-started$/);
  expect(() => startedEventName(class {})).toThrow(/impostors\.ts/);
});
