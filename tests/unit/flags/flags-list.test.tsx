// @vitest-environment happy-dom
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type Flag, readFlag } from '../../../src/flags/flag';
import { deleteAllFlags, deleteFlag, keepFlag, keptFlags, watchKeptFlags } from '../../../src/flags/kept';
import { exportName, FlagsList, saveFile } from '../../../src/settings/FlagsList';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

const store = { get: keptFlags, watch: watchKeptFlags, remove: deleteFlag, clear: deleteAllFlags };

const FIRST: Flag = {
  sentence: 'Armenia has formally withdrawn from the CSTO.',
  complaints: ['verdict', 'date'],
  note: 'It froze its membership.',
  verdict: 'conflicting',
  evidence: [
    {
      statementId: 'mirrorspectator-2024-12-12/02',
      quote: 'adding that Armenia remains a welcome member of the group',
      speaker: 'Sergei Lavrov',
      date: '2024-12-05',
    },
  ],
  pageDate: '2024-12-06',
  pageUrl: 'https://news.example/a',
  flaggedAt: '2026-11-30T09:00:00.000Z',
};
const SECOND: Flag = {
  sentence: 'Pashinyan attended the CSTO summit in Minsk.',
  complaints: ['speaker'],
  verdict: 'corroborated',
  evidence: [],
  pageDate: null,
  flaggedAt: '2026-12-01T10:00:00.000Z',
};

const button = (container: Element, label: string) => {
  const found = [...container.querySelectorAll('button')].find((b) => b.textContent?.trim() === label);
  if (!found) throw new Error(`no button "${label}"`);
  return found;
};
const items = (container: Element) =>
  [...container.querySelectorAll('.flags-list > li')].map(
    (li) => li.querySelector('blockquote')?.textContent,
  );

describe('the options page’s flags', () => {
  test('says so when there are none', async () => {
    const { findByText } = render(<FlagsList store={store} />);
    expect(await findByText('You have not flagged anything.')).toBeTruthy();
  });

  test('lists each flag, newest first: sentence, verdict, complaints, date, note, address', async () => {
    await keepFlag(FIRST);
    await keepFlag(SECOND);
    const { container, findByText } = render(<FlagsList store={store} />);
    expect(await findByText('2 flags')).toBeTruthy();
    expect(items(container)).toEqual([SECOND.sentence, FIRST.sentence]);
    const first = container.querySelectorAll('.flags-list > li')[1] as HTMLElement;
    expect(first.textContent).toContain('Verdict: Conflicting');
    expect(first.textContent).toContain('Flagged on Nov 30, 2026');
    expect([...first.querySelectorAll('.tag')].map((t) => t.textContent)).toEqual([
      'The verdict',
      'The date',
    ]);
    expect(first.textContent).toContain('“It froze its membership.”');
    expect(first.textContent).toContain('https://news.example/a');
    expect(first.querySelector('a')).toBeNull();
  });

  test('a flag kept while the page is open appears', async () => {
    const { container, findByText } = render(<FlagsList store={store} />);
    await findByText('You have not flagged anything.');
    await keepFlag(SECOND);
    await waitFor(() => expect(items(container)).toEqual([SECOND.sentence]));
  });

  test('deletes one', async () => {
    await keepFlag(FIRST);
    await keepFlag(SECOND);
    const { container, findByText } = render(<FlagsList store={store} />);
    await findByText('2 flags');
    const second = container.querySelectorAll('.flags-list > li')[0] as HTMLElement;
    fireEvent.click(button(second, 'Delete'));
    await waitFor(() => expect(items(container)).toEqual([FIRST.sentence]));
    expect((await keptFlags()).map((f) => f.sentence)).toEqual([FIRST.sentence]);
  });

  test('deletes all only after the reader confirms; cancelling keeps them', async () => {
    await keepFlag(FIRST);
    await keepFlag(SECOND);
    const { container, findByText } = render(<FlagsList store={store} />);
    await findByText('2 flags');
    fireEvent.click(button(container, 'Delete all'));
    expect(container.textContent).toContain('Delete every flag kept in this browser? This cannot be undone.');
    expect(await keptFlags()).toHaveLength(2);
    fireEvent.click(button(container, 'Cancel'));
    expect(container.querySelector('.flags-confirm')).toBeNull();
    fireEvent.click(button(container, 'Delete all'));
    fireEvent.click(button(container, 'Yes, delete all'));
    await findByText('You have not flagged anything.');
    expect(await keptFlags()).toEqual([]);
  });

  test('exports every flag as JSONL, oldest first, each line a flag that reads back', async () => {
    await keepFlag(FIRST);
    await keepFlag(SECOND);
    const save = vi.fn();
    const now = () => new Date('2026-12-02T12:00:00Z');
    const { container, findByText } = render(<FlagsList store={store} save={save} now={now} />);
    await findByText('2 flags');
    fireEvent.click(button(container, 'Export as a JSONL file'));
    expect(save).toHaveBeenCalledTimes(1);
    const [name, content] = save.mock.calls[0] as [string, string];
    expect(name).toBe('receipts-flags-2026-12-02.jsonl');
    const lines = content.trimEnd().split('\n');
    expect(lines.map((line) => readFlag(JSON.parse(line)))).toEqual([{ flag: FIRST }, { flag: SECOND }]);
  });

  test('the file is a Blob behind a download link that leaves no trace in the page', async () => {
    const blobs: Blob[] = [];
    const created = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:receipts/1';
    });
    const clicked: { href: string; download: string }[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push({ href: this.href, download: this.download });
    });
    saveFile(exportName(new Date('2026-12-02T00:00:00Z')), '{"a":1}\n');
    expect(clicked).toEqual([{ href: 'blob:receipts/1', download: 'receipts-flags-2026-12-02.jsonl' }]);
    expect(await blobs[0]?.text()).toBe('{"a":1}\n');
    expect(document.querySelector('a')).toBeNull();
    created.mockRestore();
    click.mockRestore();
  });
});
