// @vitest-environment happy-dom

import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  type CardController,
  type CardSubject,
  createCardController,
  HIDE_DELAY_MS,
  SHOW_DELAY_MS,
  SIDEBAR_REFUSED,
} from '../../../../src/content-scripts/page-app/card-controller';
import { ENGLISH } from '../../../../src/i18n/translate';
import { result } from './fixtures';

let controller: CardController;
let host: HTMLElement;
let opened: boolean;
let actives: (Range | null)[];

function subject(text: string): CardSubject {
  const p = document.createElement('p');
  p.textContent = text;
  document.body.append(p);
  const range = document.createRange();
  range.selectNodeContents(p);
  return { range, text, result: result() };
}

const card = () => host.shadowRoot?.querySelector('.card') as HTMLElement | null;
const flush = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = '';
  opened = true;
  actives = [];
  host = document.createElement('receipts-card');
  const container = document.createElement('div');
  host.attachShadow({ mode: 'open' }).append(container);
  controller = createCardController({
    mountHost: async () => {
      document.documentElement.append(host);
      return { host, container };
    },
    pageDate: () => null,
    onMore: async () => opened,
    setActive: (range) => actives.push(range),
    setTimeout: (run, ms) => setTimeout(run, ms) as unknown as number,
    clearTimeout: (id) => clearTimeout(id),
  });
});

afterEach(() => {
  controller.destroy();
  host.remove();
  vi.useRealTimers();
});

describe('hover', () => {
  test('the card opens after a short delay, not at once, and marks its claim', async () => {
    const a = subject('Pashinyan said no.');
    controller.hoverClaim(a, 10, 10);
    await flush();
    expect(card()).toBeNull();
    await vi.advanceTimersByTimeAsync(SHOW_DELAY_MS);
    expect(card()).not.toBeNull();
    expect(controller.current()).toBe(a);
    expect(actives.at(-1)).toBe(a.range);
  });

  test('sweeping across a claim quicker than the delay shows nothing', async () => {
    controller.hoverClaim(subject('Pashinyan.'), 10, 10);
    await vi.advanceTimersByTimeAsync(SHOW_DELAY_MS / 2);
    controller.hoverNothing();
    await vi.advanceTimersByTimeAsync(SHOW_DELAY_MS * 2);
    expect(card()).toBeNull();
  });

  test('leaving the claim hides the card after a delay, unless the pointer reaches the card', async () => {
    controller.hoverClaim(subject('Pashinyan.'), 10, 10);
    await vi.advanceTimersByTimeAsync(SHOW_DELAY_MS);
    controller.hoverNothing();
    await vi.advanceTimersByTimeAsync(HIDE_DELAY_MS / 2);
    controller.hoverCard();
    await vi.advanceTimersByTimeAsync(HIDE_DELAY_MS * 2);
    expect(card()).not.toBeNull();
    controller.hoverNothing();
    await vi.advanceTimersByTimeAsync(HIDE_DELAY_MS);
    expect(card()).toBeNull();
    expect(actives.at(-1)).toBeNull();
  });

  test('a hover does not take a card opened from the keyboard away', async () => {
    const a = subject('First Pashinyan.');
    await controller.open(a, true);
    controller.hoverClaim(subject('Second Pashinyan.'), 10, 10);
    controller.hoverNothing();
    await vi.advanceTimersByTimeAsync(HIDE_DELAY_MS * 2);
    expect(controller.current()).toBe(a);
  });
});

describe('keyboard and focus', () => {
  test('open with focus moves focus into the card; Escape closes it and gives focus back', async () => {
    const button = document.createElement('button');
    document.body.append(button);
    button.focus();
    await controller.open(subject('Pashinyan.'), true);
    expect(host.shadowRoot?.activeElement).toBe(card());
    card()?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(card()).toBeNull();
    expect(document.activeElement).toBe(button);
  });
});

describe('more in the sidebar', () => {
  test('where the browser will not open the sidebar, the card says how to get there', async () => {
    opened = false;
    await controller.open(subject('Pashinyan.'), false);
    const more = host.shadowRoot?.querySelector('.more') as HTMLButtonElement;
    more.click();
    await flush();
    expect(card()?.textContent).toContain(ENGLISH.t(SIDEBAR_REFUSED));
  });
});

describe('claims that change under the card', () => {
  test('the card follows a new answer for its claim and closes when the claim goes', async () => {
    const a = subject('Pashinyan.');
    await controller.open(a, false);
    const updated = { ...a, result: result({ verdict: 'disputed', reason: 'Sources disagree.' }) };
    controller.refresh(() => updated);
    expect(card()?.textContent).toContain('Sources disagree.');
    controller.refresh(() => null);
    expect(card()).toBeNull();
  });
});
