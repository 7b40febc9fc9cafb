import { render } from 'preact';
import { interfaceText } from '../../src/i18n/current';
import { TextContext } from '../../src/i18n/text-context';
import { browserPopupServices, servicesFor } from '../../src/ui/popup/browser-services';
import { PopupApp } from '../../src/ui/popup/PopupApp';
import { targetFromQuery } from '../../src/ui/popup/page-access';
import { RecordAbout } from '../../src/ui/popup/RecordAbout';
import '../../src/ui/popup/theme.css';
import '../../src/ui/popup/popup.css';
import '../../src/ui/popup/switch.css';

// ?tab=<id>[&url=] names the tab to talk to (tests open the popup as a tab of its own; see
// targetFromQuery); otherwise it is the active tab of this window, the one whose toolbar button was
// clicked. Opened as a tab, the page must not close itself after an action.
const target = targetFromQuery(location.search);
const tabId = target.tabId;
const services = servicesFor(
  tabId === null ? browserPopupServices : { ...browserPopupServices, close: () => {} },
  target,
);

const text = await interfaceText();
document.documentElement.lang = text.locale;
const app = document.getElementById('app');
if (app)
  render(
    <TextContext.Provider value={text}>
      <PopupApp services={services} tabId={tabId} footer={<RecordAbout />} />
    </TextContext.Provider>,
    app,
  );
