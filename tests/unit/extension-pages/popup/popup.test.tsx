// @vitest-environment happy-dom
import { cleanup, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { PopupApp } from '../../../../src/extension-pages/popup/PopupApp';
import { claim, evidence, fakePopupServices, page } from '../common/fakes';

// The first search builds the record's index: more than testing-library's 1 s on a busy CI machine.
configure({ asyncUtilTimeout: 10_000 });
afterEach(cleanup);

const CLAIMS = [
  claim(0, 'Pashinyan attended the CSTO summit in Minsk on 23 November 2023.', 'conflicting'),
  claim(1, 'Pashinyan skipped the CSTO summit in Minsk.', 'corroborated', [
    evidence({ stance: 'corroborates', quote: 'He will not attend.', date: '2023-11-14' }),
  ]),
  claim(2, 'The CSTO was founded in 1992 and Pashinyan has doubts.', 'related', []),
  claim(3, 'Pashinyan also skipped the CSTO meeting in Moscow.', 'conflicting'),
];

describe('the popup lists the page’s claims', () => {
  test('counts by verdict, most serious first, then one line per claim; evidence opens on demand', async () => {
    render(<PopupApp services={fakePopupServices({ pages: [page(CLAIMS)] })} tabId={null} />);
    expect(
      await screen.findByText(/4 claims on this page: 2 Conflicting, 1 Corroborated, 1 Related\./),
    ).toBeTruthy();
    const groups = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(groups).toEqual(['✗ Conflicting (2)', '✓ Corroborated (1)', '≈ Related (1)']);
    const lines = screen.getAllByRole('listitem').filter((li) => li.classList.contains('claim'));
    expect(lines.map((li) => li.dataset.verdict)).toEqual([
      'conflicting',
      'conflicting',
      'corroborated',
      'related',
    ]);
    const first = within(lines[0] as HTMLElement);
    expect(
      first.getByRole('button', { name: /Show on the page: “Pashinyan attended.*” \(Conflicting\)/ }),
    ).toBeTruthy();
    // One line each: no evidence until the reader asks for it.
    expect(screen.queryByText('Nov 14, 2023', { exact: false })).toBeNull();
    const second = within(lines[2] as HTMLElement);
    const expand = second.getByRole('button', { name: 'Evidence' });
    expect(expand.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(expand);
    expect(expand.getAttribute('aria-expanded')).toBe('true');
    expect(second.getByText('Nov 14, 2023', { exact: false })).toBeTruthy();
    expect(second.getByText(/6 days before this page/)).toBeTruthy();
    fireEvent.click(within(lines[3] as HTMLElement).getByRole('button', { name: 'Evidence' }));
    expect(screen.getByText('The record holds nothing on this sentence.')).toBeTruthy();
  });

  test('clicking a claim asks the page to show it, then closes the popup', async () => {
    const services = fakePopupServices({ pages: [page(CLAIMS)] });
    render(<PopupApp services={services} tabId={null} />);
    fireEvent.click(await screen.findByRole('button', { name: /Pashinyan skipped the CSTO summit/ }));
    await waitFor(() => expect(services.close).toHaveBeenCalled());
    expect(services.showClaim).toHaveBeenCalledWith(5, 1);
  });

  test('talks to the tab it is told to (?tab=) rather than the active one', async () => {
    const services = fakePopupServices({ pages: [page(CLAIMS)] });
    render(<PopupApp services={services} tabId={42} />);
    await screen.findByText(/4 claims on this page/);
    expect(services.getTab).toHaveBeenCalledWith(42);
  });

  test('a page still scanning says so and is asked again until it is ready', async () => {
    const services = fakePopupServices({
      pages: [page(CLAIMS.slice(0, 1), { state: 'scanning' }), page(CLAIMS)],
    });
    render(<PopupApp services={services} tabId={null} />);
    expect(await screen.findByText(/1 claim on this page so far \(still checking\)/)).toBeTruthy();
    expect(await screen.findByText(/4 claims on this page:/, {}, { timeout: 2000 })).toBeTruthy();
  });
});

describe('empty, paused and error states are explicit', () => {
  test('no mentions', async () => {
    render(
      <PopupApp services={fakePopupServices({ pages: [page([], { state: 'no-mentions' })] })} tabId={null} />,
    );
    expect(await screen.findByText(/Nothing on this page mentions the CSTO or Nikol Pashinyan/)).toBeTruthy();
  });

  test('a page that keeps Receipts out says so, in the popup and on the toolbar button', async () => {
    const services = fakePopupServices({ pages: [page([], { state: 'blocked' })] });
    render(<PopupApp services={services} tabId={null} />);
    expect(await screen.findByText(/something in it keeps Receipts from checking it/)).toBeTruthy();
    expect(services.flagBlocked).toHaveBeenCalledWith(5);
  });

  test('an answer without its claims list is shown as a page still being read, not a crash', async () => {
    const broken = { ...page([]), claims: undefined } as unknown as ReturnType<typeof page>;
    render(<PopupApp services={fakePopupServices({ pages: [broken] })} tabId={null} />);
    expect(await screen.findByText(/no sentence makes a claim Receipts can check/)).toBeTruthy();
  });

  test('mentions but no claim', async () => {
    render(<PopupApp services={fakePopupServices({ pages: [page([])] })} tabId={null} />);
    expect(await screen.findByText(/no sentence makes a claim Receipts can check/)).toBeTruthy();
  });

  test.each([
    ['chrome://extensions/', /browser’s own pages/],
    ['about:addons', /browser’s own pages/],
    ['https://chromewebstore.google.com/detail/x', /add-on stores/],
    ['https://addons.mozilla.org/en-US/firefox/', /add-on stores/],
  ])('%s cannot be scanned, and the page is not even asked', async (url, message) => {
    const services = fakePopupServices({ tab: { id: 9, url, windowId: 1 } });
    render(<PopupApp services={services} tabId={null} />);
    expect(await screen.findByText(message)).toBeTruthy();
    expect(services.pageClaims).not.toHaveBeenCalled();
    expect(screen.queryByRole('switch')).toBeNull();
  });

  test('a file:// page says Receipts reads web pages only', async () => {
    const services = fakePopupServices({
      tab: { id: 9, url: 'file:///home/me/a.html', windowId: 1 },
      pages: [new Error('x')],
    });
    render(<PopupApp services={services} tabId={null} />);
    expect(await screen.findByText(/reads web pages only/)).toBeTruthy();
  });

  test('site access withheld: says so and asks with the browser’s own prompt, then reloads', async () => {
    const services = fakePopupServices({
      access: false,
      pages: [new Error('Receiving end does not exist.')],
    });
    render(<PopupApp services={services} tabId={null} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Allow Receipts on news.example' }));
    await waitFor(() => expect(services.reload).toHaveBeenCalledWith(5));
    expect(services.requestAccess).toHaveBeenCalledWith('https://news.example');
  });

  test('access refused at the prompt is said, not swallowed', async () => {
    const services = fakePopupServices({ access: false, granted: false, pages: [new Error('no receiver')] });
    render(<PopupApp services={services} tabId={null} />);
    fireEvent.click(await screen.findByRole('button', { name: /Allow Receipts on/ }));
    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      expect.stringMatching(/was not allowed/),
    );
    expect(services.reload).not.toHaveBeenCalled();
  });

  test('access held but no content script: offers a reload', async () => {
    const services = fakePopupServices({ pages: [new Error('no receiver')] });
    render(<PopupApp services={services} tabId={null} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Reload the page' }));
    await waitFor(() => expect(services.reload).toHaveBeenCalledWith(5));
  });

  test('no tab at all', async () => {
    render(<PopupApp services={fakePopupServices({ tab: null })} tabId={null} />);
    expect(await screen.findByText(/no page open/)).toBeTruthy();
  });
});

describe('pause on this site', () => {
  test('the switch pauses the site, is remembered, and the view follows at once', async () => {
    const services = fakePopupServices({
      pages: [page(CLAIMS), page([], { state: 'paused' })],
    });
    render(<PopupApp services={services} tabId={null} />);
    const toggle = (await screen.findByRole('switch', {
      name: 'Pause Receipts on news.example',
    })) as HTMLInputElement;
    await screen.findByText(/4 claims on this page/);
    expect(toggle.checked).toBe(false);
    fireEvent.click(toggle);
    await waitFor(() => expect(services.setPaused).toHaveBeenCalledWith('news.example', true));
    expect(await screen.findByText(/Receipts is paused on news.example/)).toBeTruthy();
    expect(((await screen.findByRole('switch')) as HTMLInputElement).checked).toBe(true);
  });

  test('a paused site shows as paused even when its page does not answer', async () => {
    const services = fakePopupServices({ paused: ['news.example'], pages: [new Error('no receiver')] });
    render(<PopupApp services={services} tabId={null} />);
    expect(await screen.findByText(/Receipts is paused on news.example/)).toBeTruthy();
  });
});

test('links open the sidebar (and close the popup) and the options', async () => {
  const services = fakePopupServices();
  render(<PopupApp services={services} tabId={null} />);
  await screen.findByText(/no sentence makes a claim/);
  fireEvent.click(screen.getByRole('button', { name: /Open the sidebar/ }));
  expect(services.openSidebar).toHaveBeenCalledWith({
    id: 5,
    url: 'https://news.example/story',
    windowId: 1,
  });
  expect(services.close).toHaveBeenCalled();
  fireEvent.click(screen.getByRole('button', { name: 'Options' }));
  expect(services.openOptions).toHaveBeenCalled();
});
