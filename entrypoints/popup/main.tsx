import { render } from 'preact';
import { browserPopupServices, servicesFor } from '../../src/extension-pages/common/browser-services';
import { targetFromQuery } from '../../src/extension-pages/common/page-access';
import { RecordAbout } from '../../src/extension-pages/common/RecordAbout';
import { PopupApp } from '../../src/extension-pages/popup/PopupApp';
import { interfaceText } from '../../src/i18n/current';
import { TextContext } from '../../src/i18n/text-context';
import '../../src/extension-pages/common/theme.css';
import '../../src/extension-pages/popup/popup.css';
import '../../src/extension-pages/common/switch.css';

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
