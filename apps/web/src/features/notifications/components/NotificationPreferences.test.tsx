import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { answer, buildUser, signedInMocks } from '../../../../test/factories';
import { renderApp } from '../../../../test/render-app';
import { UpdateNotificationPreferencesMutation } from '../graphql/notifications.graphql';

describe('notification preferences in the profile', () => {
  it('lists each kind and saves a change at once, in-app, email and digest', async () => {
    let saved: unknown = null;
    await renderApp('/profile', {
      mocks: [
        ...signedInMocks(buildUser()),
        {
          ...answer(
            UpdateNotificationPreferencesMutation,
            { input: [{ kind: 'post_assigned', inApp: true, email: true, emailMode: 'DAILY' }] },
            {},
          ),
          result: (variables: Record<string, unknown>) => {
            saved = variables;
            return {
              data: {
                updateNotificationPreferences: [
                  {
                    __typename: 'NotificationPreference',
                    kind: 'post_assigned',
                    titleKey: 'notifications.kinds.post_assigned.title',
                    inApp: true,
                    email: true,
                    emailMode: 'DAILY',
                  },
                ],
              },
            };
          },
        },
      ],
    });
    expect(await screen.findByRole('heading', { name: 'Notifications' })).toBeVisible();
    const inApp = await screen.findByRole('checkbox', {
      name: 'A post is assigned to me: In Chorus',
    });
    expect(inApp).toBeChecked();
    expect(
      screen.getByRole('checkbox', { name: 'A post is assigned to me: By email' }),
    ).toBeChecked();
    const when = screen.getByRole('combobox', { name: 'A post is assigned to me: When' });
    expect(when).toHaveValue('IMMEDIATE');

    await userEvent.selectOptions(when, 'DAILY');
    await waitFor(() => expect(saved).not.toBeNull());
    await waitFor(() => expect(when).toHaveValue('DAILY'));
  });
});
