import { render } from 'preact';
import { RecordAbout } from '../../src/extension-pages/common/RecordAbout';
import { deleteAllFlags, deleteFlag, keptFlags, watchKeptFlags } from '../../src/flags/kept';
import { interfaceText } from '../../src/i18n/current';
import { interfaceLanguage } from '../../src/i18n/interface-language';
import type { LanguagePreference } from '../../src/i18n/locale';
import { TextContext } from '../../src/i18n/text-context';
import { FlagsList } from '../../src/settings/FlagsList';
import { LanguageChoice } from '../../src/settings/LanguageChoice';
import { PausedSitesEditor } from '../../src/settings/PausedSitesEditor';
import { pausedSites, setPaused, watchPausedSites } from '../../src/settings/paused-sites';
import { ShowRelatedSwitch } from '../../src/settings/ShowRelatedSwitch';
import { showRelated, watchShowRelated } from '../../src/settings/show-related';
import '../../src/extension-pages/common/theme.css';
import '../../src/extension-pages/common/switch.css';
import '../../src/settings/flags.css';

const store = {
  get: () => pausedSites.getValue(),
  set: async (host: string, paused: boolean) => void (await setPaused(host, paused)),
  watch: watchPausedSites,
};

const languageStore = {
  get: () => interfaceLanguage.getValue(),
  set: (value: LanguagePreference) => interfaceLanguage.setValue(value),
};

const showRelatedStore = {
  get: () => showRelated.getValue(),
  set: (on: boolean) => showRelated.setValue(on),
  watch: watchShowRelated,
};

const flagsStore = { get: keptFlags, watch: watchKeptFlags, remove: deleteFlag, clear: deleteAllFlags };

const app = document.getElementById('app');
const text = await interfaceText();
// Screen readers pick their voice from the page's language.
document.documentElement.lang = text.locale;
document.title = text.t('optionsTitle');
if (app)
  render(
    <TextContext.Provider value={text}>
      <main style={{ padding: '0.5rem 1rem', maxWidth: '40rem' }}>
        <h1>{text.t('optionsTitle')}</h1>
        <LanguageChoice store={languageStore} />
        <ShowRelatedSwitch store={showRelatedStore} />
        <PausedSitesEditor store={store} />
        <FlagsList store={flagsStore} />
        <RecordAbout open />
      </main>
    </TextContext.Provider>,
    app,
  );
