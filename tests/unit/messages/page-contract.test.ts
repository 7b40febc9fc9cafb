import { describe, expect, test } from 'vitest';
import { isPageRequestType, parsePageRequest } from '../../../src/messages/page-contract';

describe('parsePageRequest', () => {
  test('accepts the three page messages', () => {
    expect(parsePageRequest({ type: 'page-claims' })).toEqual({ type: 'page-claims' });
    expect(parsePageRequest({ type: 'show-claim', index: 3, extra: 'ignored' })).toEqual({
      type: 'show-claim',
      index: 3,
    });
    expect(parsePageRequest({ type: 'navigate-claim', direction: 'previous' })).toEqual({
      type: 'navigate-claim',
      direction: 'previous',
    });
  });

  test('refuses malformed ones with a reason', () => {
    expect(parsePageRequest(null)).toEqual({ error: 'message must be an object with a type' });
    expect(parsePageRequest({ type: 'show-claim', index: 1.5 })).toEqual({
      error: 'index must be a whole number',
    });
    expect(parsePageRequest({ type: 'show-claim', index: '1' })).toEqual({
      error: 'index must be a whole number',
    });
    expect(parsePageRequest({ type: 'navigate-claim' })).toEqual({
      error: 'direction must be "next" or "previous"',
    });
    expect(parsePageRequest({ type: 'x'.repeat(100) })).toEqual({
      error: `unknown page message type "${'x'.repeat(40)}"`,
    });
  });

  test('tells page messages from the rest, so the content script ignores what is not for it', () => {
    expect(isPageRequestType({ type: 'page-claims' })).toBe(true);
    expect(isPageRequestType({ type: 'check' })).toBe(false);
    expect(isPageRequestType('page-claims')).toBe(false);
  });
});
