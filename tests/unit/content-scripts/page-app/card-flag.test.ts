// @vitest-environment happy-dom

import { fireEvent } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  type CardController,
  type CardSubject,
  createCardController,
  HIDE_DELAY_MS,
  SHOW_DELAY_MS,
} from '../../../../src/content-scripts/page-app/card-controller';
import type { FlagReport } from '../../../../src/flags/flag-request';
import { result } from './fixtures';

// The card's flag form, as the page side runs it: the sentence goes with the reader's report, and
// the card stays open while the form is, whatever the pointer does.

let controller: CardController;
let host: HTMLElement;
let flagged: [string, FlagReport][];

function subject(text: string): CardSubject {
  const p = document.createElement('p');
  p.textContent = text;
  document.body.append(p);
  const range = document.createRange();
  range.selectNodeContents(p);
  return { range, text, result: result() };
}

const root = () => host.shadowRoot as ShadowRoot;
const button = (label: string) => {
  const found = [...root().querySelectorAll('button')].find((b) => b.textContent?.trim() === label);
  if (!found) throw new Error(`no button "${label}"`);
  return found;
};

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = '';
  flagged = [];
  host = document.createElement('receipts-card');
  const container = document.createElement('div');
  host.attachShadow({ mode: 'open' }).append(container);
  controller = createCardController({
    mountHost: async () => {
      document.documentElement.append(host);
      return { host, container };
    },
    pageDate: () => null,
    onMore: async () => true,
    onFlag: async (sentence, report) => void flagged.push([sentence, report]),
    setActive: () => {},
    setTimeout: (run, ms) => setTimeout(run, ms) as unknown as number,
    clearTimeout: (id) => clearTimeout(id),
  });
});

afterEach(() => {
  controller.destroy();
  host.remove();
  vi.useRealTimers();
});

const hoverOpen = async (s: CardSubject) => {
  controller.hoverClaim(s, 10, 10);
  await vi.advanceTimersByTimeAsync(SHOW_DELAY_MS);
};

describe('the flag form in the page’s card', () => {
  test('sends the card’s sentence with the report', async () => {
    const a = subject('Armenia has formally withdrawn from the CSTO.');
    await hoverOpen(a);
    fireEvent.click(button('Does this look wrong?'));
    fireEvent.click(root().querySelector('input[value="verdict"]') as Element);
    fireEvent.click(button('Save'));
    await vi.advanceTimersByTimeAsync(0);
    expect(flagged).toEqual([[a.text, { complaints: ['verdict'], note: '', includeAddress: false }]]);
    expect(root().textContent).toContain('Thanks — kept in this browser');
  });

  test('an open form keeps the card open when the pointer leaves or crosses another claim', async () => {
    const a = subject('Pashinyan said no.');
    const b = subject('The CSTO met.');
    await hoverOpen(a);
    fireEvent.click(button('Does this look wrong?'));
    controller.hoverNothing();
    await vi.advanceTimersByTimeAsync(HIDE_DELAY_MS * 2);
    controller.hoverClaim(b, 20, 20);
    await vi.advanceTimersByTimeAsync(SHOW_DELAY_MS * 2);
    expect(controller.current()).toBe(a);
    expect(root().querySelector('form')).not.toBeNull();
    // Cancelled, the card is a hover card again.
    fireEvent.click(button('Cancel'));
    controller.hoverNothing();
    await vi.advanceTimersByTimeAsync(HIDE_DELAY_MS * 2);
    expect(controller.current()).toBeNull();
  });

  test('the card of another sentence opens with its form closed', async () => {
    const a = subject('Pashinyan said no.');
    await hoverOpen(a);
    fireEvent.click(button('Does this look wrong?'));
    await controller.open(subject('The CSTO met.'), false);
    expect(root().querySelector('form')).toBeNull();
    expect(button('Does this look wrong?')).toBeTruthy();
  });
});
