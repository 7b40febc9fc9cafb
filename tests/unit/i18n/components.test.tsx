// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { TextContext } from '../../../src/i18n/text-context';
import { createTranslator } from '../../../src/i18n/translate';
import { LanguageChoice } from '../../../src/settings/LanguageChoice';
import { PausedSitesEditor } from '../../../src/settings/PausedSitesEditor';

afterEach(cleanup);

const sites = (list: string[]) => ({ get: async () => list, set: async () => {}, watch: () => () => {} });

describe('components speak the language they are given', () => {
  test('the paused sites in Russian, a problem included', async () => {
    render(
      <TextContext.Provider value={createTranslator('ru')}>
        <PausedSitesEditor store={sites(['a.example'])} />
      </TextContext.Provider>,
    );
    expect(await screen.findByRole('heading', { name: 'Сайты на паузе' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Возобновить на a.example' })).toBeTruthy();
    fireEvent.input(screen.getByRole('textbox'), { target: { value: 'not a site' } });
    fireEvent.submit(screen.getByRole('textbox').closest('form') as HTMLFormElement);
    expect((await screen.findByRole('alert')).textContent).toBe(
      '«not a site» — не название сайта вроде example.com.',
    );
  });

  test('without a language, English', async () => {
    render(<PausedSitesEditor store={sites([])} />);
    expect(await screen.findByText('Receipts is not paused anywhere.')).toBeTruthy();
  });

  test('the language choice names each language in itself and stores the choice', async () => {
    const chosen: string[] = [];
    render(
      <TextContext.Provider value={createTranslator('hy')}>
        <LanguageChoice store={{ get: async () => 'auto', set: async (value) => void chosen.push(value) }} />
      </TextContext.Provider>,
    );
    const select = (await screen.findByRole('combobox', { name: 'Միջերեսի լեզուն' })) as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual([
      'Ինչպես դիտարկիչում',
      'English',
      'Русский',
      'Հայերեն',
    ]);
    fireEvent.change(select, { target: { value: 'ru' } });
    expect(chosen).toEqual(['ru']);
  });
});
