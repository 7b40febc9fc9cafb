import en from '../../locales/en.json';
import hy from '../../locales/hy.json';
import ru from '../../locales/ru.json';

// The interface's messages, bundled into every part that shows text: the browser's own i18n API
// answers only in the browser's language, and the reader may choose another in the options page.
// The same files become _locales/<language>/messages.json at build (wxt.config.ts), where the
// browser reads the name and description for its menus and the stores.

export const LOCALES = ['en', 'ru', 'hy'] as const;
export type Locale = (typeof LOCALES)[number];

export interface Message {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Catalog = Record<string, Message>;

export const CATALOGS: Record<Locale, Catalog> = { en, ru, hy };

type Key = keyof typeof en;
/** A message counted with `Intl.PluralRules`, named by its base: `actionClaims` for `actionClaims_one`... */
type BaseOf<K> = K extends `${infer Base}_other` ? Base : never;
export type CountKey = BaseOf<Key>;
/** Any other message. */
export type MessageKey = Exclude<Key, `${string}_${'one' | 'other'}`>;
