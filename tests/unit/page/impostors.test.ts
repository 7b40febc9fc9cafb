// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { ignoreImpostors } from '../../../src/page/impostors';

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
