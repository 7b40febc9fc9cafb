import { browser } from 'wxt/browser';
import { interfaceLanguage } from './interface-language';
import { pickLocale } from './locale';
import { createTranslator, type Translator } from './translate';

/** The interface's words in the reader's chosen language, or else the browser's (src/i18n/locale.ts). */
export async function interfaceText(): Promise<Translator> {
  const preference = await interfaceLanguage.getValue().catch(() => 'auto' as const);
  return createTranslator(pickLocale(preference, browserLanguages()));
}

function browserLanguages(): string[] {
  const languages = [...(globalThis.navigator?.languages ?? [])];
  try {
    languages.unshift(browser.i18n.getUILanguage());
  } catch {
    // Where the i18n API is missing, the navigator's languages still answer.
  }
  return languages;
}

/** Calls back with fresh words whenever the reader changes the interface language. */
export function watchInterfaceText(callback: (text: Translator) => void): () => void {
  return interfaceLanguage.watch(() => void interfaceText().then(callback));
}

/** interfaceText read once, then kept current by the reader's changes: for the background, which needs it on every check. */
export function keptInterfaceText(): () => Promise<Translator> {
  let current: Promise<Translator> | null = null;
  watchInterfaceText((text) => {
    current = Promise.resolve(text);
  });
  return () => {
    current ??= interfaceText();
    return current;
  };
}
