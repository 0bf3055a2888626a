import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../test/render-app';
import { detectLanguage, initI18n, languageStorageKey } from '.';

function languageSelect(): HTMLElement {
  return screen.getByRole('combobox', { name: 'Language' });
}

describe('language and text direction', () => {
  it('switching to Hebrew turns the document right-to-left, translates it and remembers the choice', async () => {
    await renderApp('/');
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');
    expect(document.documentElement).toHaveAttribute('lang', 'en');

    await userEvent.selectOptions(languageSelect(), 'he');

    await waitFor(() => expect(document.documentElement).toHaveAttribute('dir', 'rtl'));
    expect(document.documentElement).toHaveAttribute('lang', 'he');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'ברוכים הבאים ל-Chorus' }),
    ).toBeInTheDocument();
    expect(window.localStorage.getItem(languageStorageKey)).toBe('he');
  });

  it('switching from Persian to Thai turns the document back to left-to-right', async () => {
    await renderApp('/', { language: 'fa' });
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    const select = screen.getByRole('combobox', { name: 'زبان' });

    await userEvent.selectOptions(select, 'th');

    await waitFor(() => expect(document.documentElement).toHaveAttribute('dir', 'ltr'));
    expect(document.documentElement).toHaveAttribute('lang', 'th');
    expect(await screen.findByRole('combobox', { name: 'ภาษา' })).toHaveValue('th');
  });

  it('starts in the remembered language', async () => {
    window.localStorage.setItem(languageStorageKey, 'fa');

    const i18n = await initI18n();

    expect(i18n.language).toBe('fa');
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(document.documentElement).toHaveAttribute('lang', 'fa');
  });

  it("falls back to the browser's preference, then to English", () => {
    const languagesSpy = jest.spyOn(window.navigator, 'languages', 'get');

    languagesSpy.mockReturnValue(['de-DE', 'uk-UA', 'en']);
    expect(detectLanguage()).toBe('uk');

    languagesSpy.mockReturnValue(['de-DE']);
    expect(detectLanguage()).toBe('en');

    window.localStorage.setItem(languageStorageKey, 'not-a-language');
    expect(detectLanguage()).toBe('en');
    languagesSpy.mockRestore();
  });
});
