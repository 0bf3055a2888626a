import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { answer, errorResult } from '../../../../test/factories';
import { renderApp } from '../../../../test/render-app';
import { SignUpMutation } from '../graphql/auth.mutations';

const input = { displayName: 'Bao Tran', email: 'bao@example.com', password: 'short' };

async function fillAndSubmit() {
  await userEvent.type(await screen.findByLabelText(/^Your name/), input.displayName);
  await userEvent.type(screen.getByLabelText(/^Email/), input.email);
  await userEvent.type(screen.getByLabelText(/^Password/), input.password);
  await userEvent.click(screen.getByRole('button', { name: 'Create account' }));
}

describe('the sign-up page', () => {
  it('shows the password rule the server names under the password field', async () => {
    await renderApp('/sign-up', {
      mocks: [
        answer(
          SignUpMutation,
          { input },
          errorResult('VALIDATION', { field: 'password', rule: 'too_short' }),
        ),
      ],
    });

    await fillAndSubmit();

    const password = screen.getByLabelText(/^Password/);
    await waitFor(() =>
      expect(password).toHaveAccessibleDescription(
        expect.stringContaining('Use at least 10 characters.'),
      ),
    );
    expect(password).toBeInvalid();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows the password rule in the reader’s language', async () => {
    await renderApp('/sign-up', {
      language: 'fa',
      mocks: [
        answer(
          SignUpMutation,
          { input },
          errorResult('VALIDATION', { field: 'password', rule: 'too_short' }),
        ),
      ],
    });

    await userEvent.type(await screen.findByLabelText(/^نام شما/), input.displayName);
    await userEvent.type(screen.getByLabelText(/^ایمیل/), input.email);
    await userEvent.type(screen.getByLabelText(/^گذرواژه/), input.password);
    await userEvent.click(screen.getByRole('button', { name: 'ساخت حساب' }));

    expect(await screen.findByText('دست‌کم ۱۰ نویسه به کار ببرید.')).toBeInTheDocument();
  });

  it('says when an account with the email already exists, under the email field', async () => {
    await renderApp('/sign-up', {
      mocks: [answer(SignUpMutation, { input }, errorResult('CONFLICT', { field: 'email' }))],
    });

    await fillAndSubmit();

    await waitFor(() =>
      expect(screen.getByLabelText(/^Email/)).toHaveAccessibleDescription(
        'An account with this email already exists. Sign in instead.',
      ),
    );
  });

  it('keeps where to go next in the link to sign in', async () => {
    await renderApp('/sign-up?next=%2Finvite%2Fabc');

    expect(await screen.findByRole('link', { name: 'Sign in', hidden: false })).toBeInTheDocument();
    expect(
      screen.getAllByRole('link', { name: 'Sign in' }).map((link) => link.getAttribute('href')),
    ).toContain('/sign-in?next=%2Finvite%2Fabc');
  });
});
