import { render } from 'preact';
import { servicesFor } from '../../src/extension-pages/common/browser-services';
import { targetFromQuery } from '../../src/extension-pages/common/page-access';
import { RecordAbout } from '../../src/extension-pages/common/RecordAbout';
import { browserSidebarServices } from '../../src/extension-pages/sidebar/browser-services';
import { SidebarApp } from '../../src/extension-pages/sidebar/SidebarApp';
import { interfaceText, watchInterfaceText } from '../../src/i18n/current';
import { TextContext } from '../../src/i18n/text-context';
import type { Translator } from '../../src/i18n/translate';
import '../../src/extension-pages/common/theme.css';
import '../../src/extension-pages/sidebar/sidebar.css';

// ?tab=<id>[&url=] pins the tab "On this page" shows (tests open the sidebar as a tab of its own;
// see targetFromQuery); otherwise it follows the active tab of the sidebar's window.
const target = targetFromQuery(location.search);
const services = servicesFor(browserSidebarServices(), target);

const app = document.getElementById('app');
// The sidebar stays open while the reader browses, so a change of language in the options page
// shows in it at once.
const show = (text: Translator) => {
  document.documentElement.lang = text.locale;
  if (app)
    render(
      <TextContext.Provider value={text}>
        <SidebarApp services={services} tabId={target.tabId} footer={<RecordAbout />} />
      </TextContext.Provider>,
      app,
    );
};
show(await interfaceText());
watchInterfaceText(show);
