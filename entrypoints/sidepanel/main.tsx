import { render } from 'preact';
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
if (app) render(<SidebarApp services={services} tabId={target.tabId} footer={<RecordAbout />} />, app);
