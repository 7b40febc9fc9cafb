import { render } from 'preact';
import { interfaceText, watchInterfaceText } from '../../src/i18n/current';
import { TextContext } from '../../src/i18n/text-context';
import type { Translator } from '../../src/i18n/translate';
import { servicesFor } from '../../src/ui/popup/browser-services';
import { targetFromQuery } from '../../src/ui/popup/page-access';
import { RecordAbout } from '../../src/ui/popup/RecordAbout';
import { browserSidebarServices } from '../../src/ui/sidebar/browser-services';
import { SidebarApp } from '../../src/ui/sidebar/SidebarApp';
import '../../src/ui/popup/theme.css';
import '../../src/ui/sidebar/sidebar.css';

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
