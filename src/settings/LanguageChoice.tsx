import { useEffect, useState } from 'preact/hooks';
import { LOCALES, type Locale } from '../i18n/catalog';
import type { LanguagePreference } from '../i18n/locale';
import { useText } from '../i18n/text-context';

export interface LanguageStore {
  get(): Promise<LanguagePreference>;
  set(preference: LanguagePreference): Promise<void>;
}

// Each language named in itself ("Русский", "Հայերեն"), as a reader looking for their own finds it.
const autonym = (locale: Locale) => {
  const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
};

/** The options page's choice of interface language: the browser's, or one of Receipts' three. */
export function LanguageChoice({ store }: { store: LanguageStore }) {
  const text = useText();
  const [preference, setPreference] = useState<LanguagePreference | null>(null);
  useEffect(() => {
    store.get().then(setPreference, () => setPreference('auto'));
  }, [store]);
  if (preference === null) return null;
  const choose = (event: Event) => {
    const value = (event.currentTarget as HTMLSelectElement).value as LanguagePreference;
    setPreference(value);
    void store.set(value);
  };
  return (
    <section>
      <h2>
        <label for="interface-language">{text.t('languageSetting')}</label>
      </h2>
      <select id="interface-language" value={preference} onChange={choose}>
        <option value="auto">{text.t('languageAuto')}</option>
        {LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {autonym(locale)}
          </option>
        ))}
      </select>
    </section>
  );
}
