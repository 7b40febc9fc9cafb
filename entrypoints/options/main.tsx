import { render } from 'preact';
import { PausedSitesEditor } from '../../src/settings/PausedSitesEditor';
import { pausedSites, setPaused, watchPausedSites } from '../../src/settings/paused-sites';
import { ShowRelatedSwitch } from '../../src/settings/ShowRelatedSwitch';
import { showRelated, watchShowRelated } from '../../src/settings/show-related';
import { RecordAbout } from '../../src/ui/popup/RecordAbout';
import '../../src/ui/popup/theme.css';
import '../../src/ui/popup/switch.css';

const store = {
  get: () => pausedSites.getValue(),
  set: async (host: string, paused: boolean) => void (await setPaused(host, paused)),
  watch: watchPausedSites,
};

const showRelatedStore = {
  get: () => showRelated.getValue(),
  set: (on: boolean) => showRelated.setValue(on),
  watch: watchShowRelated,
};

const app = document.getElementById('app');
if (app)
  render(
    <main style={{ padding: '0.5rem 1rem', maxWidth: '40rem' }}>
      <h1>Receipts options</h1>
      <ShowRelatedSwitch store={showRelatedStore} />
      <PausedSitesEditor store={store} />
      <RecordAbout open />
    </main>,
    app,
  );
