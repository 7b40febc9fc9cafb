// @vitest-environment happy-dom
import { cleanup, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import type { CheckResult } from '../../../../src/engine';
import { SidebarApp } from '../../../../src/extension-pages/sidebar/SidebarApp';
import { claim, evidence, page } from '../common/fakes';
import { fakeSidebarServices } from './fakes';

// The first search builds the record's index: more than testing-library's 1 s on a busy CI machine.
configure({ asyncUtilTimeout: 10_000 });
afterEach(cleanup);

const type = (text: string) =>
  fireEvent.input(screen.getByRole('searchbox', { name: 'Search the record' }), { target: { value: text } });

const statements = () => [...document.querySelectorAll('article.statement')] as HTMLElement[];

describe('search', () => {
  test('as you type, a name variant finds the record’s spelling, matched words marked', async () => {
    const { services } = fakeSidebarServices();
    render(<SidebarApp services={services} tabId={null} />);
    type('Pashinian Minsk');
    expect(await screen.findByText(/results?\./)).toBeTruthy();
    const first = statements()[0] as HTMLElement;
    expect([...first.querySelectorAll('blockquote mark')].map((m) => m.textContent)).toEqual([
      'Pashinian',
      'Minsk',
    ]);
    expect(screen.getByText(/Names searched in every spelling/).textContent).toMatch(
      /“pashinian” as Nikol Pashinyan/,
    );
    expect(within(first).getByText('Nikol Pashinyan')).toBeTruthy();
    expect(within(first).getByRole('link', { name: 'The Daily Example' }).getAttribute('href')).toBe(
      'https://daily.example/a',
    );
    expect(within(first).getByText('Nov 14, 2023')).toBeTruthy();
    expect(screen.getByRole('heading', { name: /Claims in the record/ })).toBeTruthy();
  });

  test('Russian ОДКБ finds the CSTO', async () => {
    const { services } = fakeSidebarServices();
    render(<SidebarApp services={services} tabId={null} />);
    type('ОДКБ');
    await waitFor(() => expect(statements().length).toBeGreaterThan(0));
    expect(document.body.textContent).toMatch(/“одкб” as Collective Security Treaty Organization/);
  });

  test('nothing found is said in words', async () => {
    const { services } = fakeSidebarServices();
    render(<SidebarApp services={services} tabId={null} />);
    type('bananas');
    expect(await screen.findByText('Nothing in the record on “bananas”.')).toBeTruthy();
  });

  test('a speaker filter narrows the results and can be cleared', async () => {
    const { services } = fakeSidebarServices();
    render(<SidebarApp services={services} tabId={null} />);
    type('summit');
    await waitFor(() => expect(statements().length).toBe(3));
    fireEvent.click(screen.getByText('Filters'));
    const speaker = await screen.findByRole('combobox', { name: 'Speaker' });
    await waitFor(() => expect(speaker.querySelectorAll('option').length).toBeGreaterThan(1));
    fireEvent.change(speaker, { target: { value: 'peskov' } });
    await waitFor(() =>
      expect(
        statements()
          .map((s) => s.dataset.statement)
          .sort(),
      ).toEqual(['a/02', 'a/03']),
    );
    expect(screen.getByText('Filters (1 on)')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear the filters' }));
    await waitFor(() => expect(statements().length).toBe(3));
  });

  test('show in context opens the source paragraph with the statement marked', async () => {
    const { services } = fakeSidebarServices();
    render(<SidebarApp services={services} tabId={null} />);
    type('useful');
    const button = await screen.findByRole('button', { name: 'Show in context' });
    fireEvent.click(button);
    const paragraph = await screen.findByText('Such meetings are useful,', { selector: '.paragraph mark' });
    expect(paragraph.parentElement?.textContent).toBe(
      'Kremlin spokesman Dmitry Peskov said Moscow regretted the decision. “Such meetings are useful,” Peskov added.',
    );
    expect(button.getAttribute('aria-expanded')).toBe('true');
  });
});

describe('timeline', () => {
  test('grouped by month in date order; an entry opens its detail', async () => {
    const { services } = fakeSidebarServices();
    render(<SidebarApp services={services} tabId={null} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Timeline' }));
    await screen.findByText(/7 statements, Nov 2023 to Jun 2024/);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Nov 2023',
      '2024',
      'Feb 2024',
      'Jun 2024',
    ]);
    const entry = screen
      .getAllByRole('button')
      .find((b) => b.textContent === 'Jun 12, 2024 Nikol Pashinyan: “We will leave.”') as HTMLElement;
    fireEvent.click(entry);
    expect(entry.getAttribute('aria-expanded')).toBe('true');
    expect(await screen.findByRole('button', { name: 'Show in context' })).toBeTruthy();
  });

  test('the tabs follow the arrow keys', async () => {
    const { services } = fakeSidebarServices();
    render(<SidebarApp services={services} tabId={null} />);
    const search = screen.getByRole('tab', { name: 'Search' });
    fireEvent.keyDown(search, { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { name: 'Timeline' }).getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(search, { key: 'End' });
    expect(screen.getByRole('tab', { name: /On this page/ }).getAttribute('aria-selected')).toBe('true');
  });
});

describe('text sent from a page (context menu, card)', () => {
  test('is checked with the page’s date and searched', async () => {
    const { services } = fakeSidebarServices({
      pending: { text: 'Pashinian attended the Minsk summit', tabId: 5, at: Date.now() },
      pages: [page([], { pageDate: '2023-11-20' })],
    });
    render(<SidebarApp services={services} tabId={null} />);
    const panel = await screen.findByRole('region', { name: 'Checked from the page' });
    expect(await within(panel).findByText(/Conflicting/)).toBeTruthy();
    expect(within(panel).getByText(/The record says he did not attend/)).toBeTruthy();
    expect(services.check).toHaveBeenCalledWith('Pashinian attended the Minsk summit', '2023-11-20');
    expect((screen.getByRole('searchbox') as HTMLInputElement).value).toBe(
      'Pashinian attended the Minsk summit',
    );
    await waitFor(() => expect(statements().length).toBeGreaterThan(0));
  });

  test('each reason is said once, not again under every quote', async () => {
    const { services } = fakeSidebarServices({
      pending: { text: 'Pashinian attended the Minsk summit', tabId: 5, at: Date.now() },
    });
    const same = 'The record says otherwise: “Pashinyan declined to attend”.';
    const other = 'A quote of its own reason.';
    services.check.mockResolvedValue({
      mentions: true,
      verdict: 'conflicting',
      reason: same,
      evidence: [
        evidence({ quote: 'One', reason: same }),
        evidence({ quote: 'Two', reason: same }),
        evidence({ quote: 'Three', reason: other }),
      ],
    } as unknown as CheckResult);
    render(<SidebarApp services={services} tabId={null} />);
    const panel = await screen.findByRole('region', { name: 'Checked from the page' });
    await within(panel).findByText(/Conflicting/);
    const count = (text: string) => (panel.textContent ?? '').split(text).length - 1;
    expect(count(same)).toBe(1);
    expect(count(other)).toBe(1);
  });

  test('arriving while the sidebar is open', async () => {
    const fake = fakeSidebarServices();
    render(<SidebarApp services={fake.services} tabId={null} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Timeline' }));
    fake.handOff({ text: 'Peskov regretted', tabId: null, at: Date.now() });
    expect(await screen.findByRole('region', { name: 'Checked from the page' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Search' }).getAttribute('aria-selected')).toBe('true');
    expect(fake.services.check).toHaveBeenCalledWith('Peskov regretted', null);
  });
});

describe('on this page', () => {
  test('shows the current tab’s claims and follows it when the tab changes', async () => {
    const fake = fakeSidebarServices({
      pages: [
        page([claim(0, 'Pashinyan attended the Minsk summit.', 'conflicting')]),
        page([], { state: 'no-mentions' }),
      ],
    });
    render(<SidebarApp services={fake.services} tabId={null} />);
    fireEvent.click(await screen.findByRole('tab', { name: 'On this page (1)' }));
    fireEvent.click(await screen.findByRole('button', { name: /Show on the page: “Pashinyan attended/ }));
    expect(fake.services.showClaim).toHaveBeenCalledWith(5, 0);
    fake.tabChanged();
    expect(await screen.findByText(/Nothing on this page mentions/)).toBeTruthy();
  });
});
