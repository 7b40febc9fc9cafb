// @vitest-environment happy-dom
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ClaimCard } from '../../../src/content-scripts/page-app/ClaimCard';
import { CheckPanel } from '../../../src/extension-pages/sidebar/CheckPanel';
import type { FlagReport } from '../../../src/flags/flag-request';
import { evidence, result } from '../content-scripts/page-app/fixtures';

afterEach(cleanup);

const noop = () => {};
const RESULT = result({
  verdict: 'conflicting',
  reason: 'The record says otherwise.',
  evidence: [evidence({ stance: 'conflicts' })],
});

const tick = (container: Element, label: string) => {
  const box = [...container.querySelectorAll('label')].find((l) => l.textContent?.trim() === label);
  const input = box?.querySelector('input');
  if (!input) throw new Error(`no checkbox "${label}"`);
  fireEvent.click(input);
};
const button = (container: Element, label: string) => {
  const found = [...container.querySelectorAll('button')].find((b) => b.textContent?.trim() === label);
  if (!found) throw new Error(`no button "${label}"`);
  return found;
};

function card(onFlag: (report: FlagReport) => Promise<void>, onFlagOpen = vi.fn()) {
  const view = render(
    <ClaimCard
      sentence="Armenia has formally withdrawn from the CSTO."
      result={RESULT}
      pageDate="2024-12-06"
      onMore={noop}
      onClose={noop}
      onFlag={onFlag}
      onFlagOpen={onFlagOpen}
    />,
  );
  return { ...view, onFlagOpen };
}

describe('“Does this look wrong?” on the card', () => {
  test('opens a form in place of the evidence; nothing is sent until at least one box is ticked', async () => {
    const onFlag = vi.fn(async () => {});
    const { container, onFlagOpen } = card(onFlag);
    expect(container.querySelector('form')).toBeNull();
    fireEvent.click(button(container, 'Does this look wrong?'));
    expect(onFlagOpen).toHaveBeenLastCalledWith(true);
    const form = container.querySelector('.body form.flag-form');
    expect(form).not.toBeNull();
    expect((container.querySelector('.evidence-view') as HTMLElement).hidden).toBe(true);
    // The address box starts unticked.
    const address = container.querySelector<HTMLInputElement>('input[name="include-address"]');
    expect(address?.checked).toBe(false);
    fireEvent.click(button(container, 'Save'));
    expect(onFlag).not.toHaveBeenCalled();
    expect(container.querySelector('[role="alert"]')?.textContent).toBe('Tick at least one.');
  });

  test('sends what the reader ticked and wrote, then thanks them', async () => {
    const onFlag = vi.fn(async (_report: FlagReport) => {});
    const { container, onFlagOpen } = card(onFlag);
    fireEvent.click(button(container, 'Does this look wrong?'));
    tick(container, 'The date');
    tick(container, 'The verdict');
    tick(container, 'The speaker');
    tick(container, 'The speaker');
    tick(container, 'Include this page’s address');
    const note = container.querySelector('textarea') as HTMLTextAreaElement;
    fireEvent.input(note, { target: { value: 'It froze its membership in 2024.' } });
    fireEvent.click(button(container, 'Save'));
    expect(onFlag).toHaveBeenCalledTimes(1);
    const [report] = onFlag.mock.calls[0] as [FlagReport];
    expect([...report.complaints].sort()).toEqual(['date', 'verdict']);
    expect(report).toMatchObject({ note: 'It froze its membership in 2024.', includeAddress: true });
    await waitFor(() =>
      expect(container.querySelector('[role="status"]')?.textContent).toBe('Thanks — kept in this browser'),
    );
    expect(container.querySelector('form')).toBeNull();
    expect((container.querySelector('.evidence-view') as HTMLElement).hidden).toBe(false);
    expect(onFlagOpen).toHaveBeenLastCalledWith(false);
    expect([...container.querySelectorAll('button')].map((b) => b.textContent)).not.toContain(
      'Does this look wrong?',
    );
  });

  test('a failure keeps the form and says why; cancel closes it', async () => {
    const { container } = card(async () => {
      throw new Error('storage is full');
    });
    fireEvent.click(button(container, 'Does this look wrong?'));
    tick(container, 'The quote');
    fireEvent.click(button(container, 'Save'));
    await waitFor(() =>
      expect(container.querySelector('.flag-failed')?.textContent).toBe(
        'Receipts could not keep it: storage is full',
      ),
    );
    fireEvent.click(button(container, 'Cancel'));
    expect(container.querySelector('form')).toBeNull();
    expect(button(container, 'Does this look wrong?')).toBeTruthy();
  });

  test('without a way to keep flags the card offers none', () => {
    const { container } = render(
      <ClaimCard sentence="x" result={RESULT} pageDate={null} onMore={noop} onClose={noop} />,
    );
    expect(container.textContent).not.toContain('Does this look wrong?');
  });
});

describe('“Does this look wrong?” in the sidebar’s check panel', () => {
  test('the same form under the verdict', async () => {
    const onFlag = vi.fn(async (_report: FlagReport) => {});
    const { container } = render(
      <CheckPanel
        text="Armenia has formally withdrawn from the CSTO."
        check={{ state: 'done', value: RESULT }}
        pageDate="2024-12-06"
        onDismiss={noop}
        onFlag={onFlag}
      />,
    );
    fireEvent.click(button(container, 'Does this look wrong?'));
    tick(container, 'The quote');
    fireEvent.click(button(container, 'Save'));
    expect(onFlag.mock.calls[0]?.[0]).toEqual({ complaints: ['quote'], note: '', includeAddress: false });
    await waitFor(() => expect(container.textContent).toContain('Thanks — kept in this browser'));
  });
});
