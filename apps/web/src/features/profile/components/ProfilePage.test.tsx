import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  answer,
  buildUser,
  errorResult,
  healthAnswer,
  meAnswer,
  type TestUser,
} from '../../../../test/factories';
import { renderApp } from '../../../../test/render-app';
import { UpdateProfileMutation } from '../graphql/profile.graphql';

function saveAnswer(
  input: Record<string, unknown>,
  result: { data?: unknown; errors?: unknown[] },
) {
  return answer(UpdateProfileMutation, { input }, result);
}

describe('the profile page', () => {
  it('saves name, language and time zone, and the interface switches to the saved language', async () => {
    let me: TestUser = buildUser();
    await renderApp('/profile', {
      mocks: [
        meAnswer(() => me),
        healthAnswer({}, Number.POSITIVE_INFINITY),
        {
          ...saveAnswer(
            { displayName: 'Noa Levi', interfaceLanguage: 'he', timeZone: 'Asia/Jerusalem' },
            {},
          ),
          result: () => {
            me = {
              ...me,
              displayName: 'Noa Levi',
              interfaceLanguage: 'he',
              timeZone: 'Asia/Jerusalem',
            };
            return { data: { updateProfile: me } };
          },
        },
      ],
    });

    const name = await screen.findByLabelText(/^Display name/);
    await userEvent.clear(name);
    await userEvent.type(name, 'Noa Levi');
    await userEvent.selectOptions(screen.getByLabelText(/^Interface language/), 'he');
    await userEvent.selectOptions(screen.getByLabelText(/^Time zone/), 'Asia/Jerusalem');
    await userEvent.click(screen.getByRole('button', { name: 'Save profile' }));

    await waitFor(() => expect(document.documentElement).toHaveAttribute('dir', 'rtl'));
    expect(document.documentElement).toHaveAttribute('lang', 'he');
    expect(window.localStorage.getItem('chorus.language')).toBe('he');
  });

  it('says why the server refused a name made of invisible characters, under the field', async () => {
    await renderApp('/profile', {
      mocks: [
        meAnswer(buildUser()),
        healthAnswer({}, Number.POSITIVE_INFINITY),
        saveAnswer(
          { displayName: '\u200B', interfaceLanguage: null, timeZone: null },
          errorResult('VALIDATION', { field: 'displayName', rule: 'invisible' }),
        ),
      ],
    });

    const name = await screen.findByLabelText(/^Display name/);
    await userEvent.clear(name);
    await userEvent.type(name, '\u200B');
    await userEvent.click(screen.getByRole('button', { name: 'Save profile' }));

    await waitFor(() =>
      expect(name).toHaveAccessibleDescription(
        expect.stringContaining('Use at least one visible character.') as string,
      ),
    );
  });
});
