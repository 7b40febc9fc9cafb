import { browser } from 'wxt/browser';
import type { Verdict } from '../engine';
import { interfaceText } from '../i18n/current';
import tokens from '../ui/tokens.css?raw';
import { verdictColours } from './badge-colours';

// Colour follows the most serious verdict on the page; the count itself is the claim count.
const BADGE_COLOURS = verdictColours(tokens);

// Firefox MV2 has browserAction where MV3 has action; both take the same calls.
const action = () => browser.action ?? browser.browserAction;

export async function setBadge(tabId: number, claimCount: number, worst: Verdict | null): Promise<void> {
  await action().setBadgeText({ tabId, text: claimCount > 0 ? String(claimCount) : '' });
  // The count in words for the toolbar button's tooltip, which screen readers announce.
  const text = await interfaceText();
  await action().setTitle({
    tabId,
    title: claimCount > 0 ? text.count('actionClaims', claimCount) : text.t('extName'),
  });
  if (claimCount > 0)
    await action().setBadgeBackgroundColor({ tabId, color: BADGE_COLOURS[worst ?? 'related'] });
}
