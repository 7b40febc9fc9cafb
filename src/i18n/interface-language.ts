import { storage } from 'wxt/utils/storage';
import type { LanguagePreference } from './locale';

// The reader's choice of interface language in the options page; 'auto' follows the browser.
export const interfaceLanguage = storage.defineItem<LanguagePreference>('local:interfaceLanguage', {
  fallback: 'auto',
});
