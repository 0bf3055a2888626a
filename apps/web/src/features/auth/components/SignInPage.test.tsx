import { screen, waitFor, within } from '@testing-library/react';
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
import { MyWorkspacesQuery } from '../../workspaces/graphql/workspaces.graphql';
import { SignInMutation } from '../graphql/auth.mutations';

const credentials = { email: 'ana@example.com', password: 'correct horse battery' };

async function fillAndSubmit(email = credentials.email, password = credentials.password) {
  await userEvent.type(await screen.findByLabelText(/^Email/), email);
  await userEvent.type(screen.getByLabelText(/^Password/), password);
  await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

function signInAnswer(result: { data?: unknown; errors?: unknown[] }) {
  return answer(SignInMutation, { input: credentials }, result);
}

describe('the sign-in page', () => {
  it('has labelled email and password fields and says which one is empty', async () => {
    await renderApp('/sign-in');

    const email = await screen.findByLabelText(/^Email/);
    const password = screen.getByLabelText(/^Password/);
    expect(email).toHaveAttribute('type', 'email');
    expect(password).toHaveAttribute('type', 'password');

    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(email).toHaveAccessibleDescription('Enter your email address.');
    expect(password).toHaveAccessibleDescription('Enter your password.');
    expect(email).toBeInvalid();
    expect(password).toBeInvalid();
  });

  it('says the email or password is incorrect when the server refuses them, and stays signed out', async () => {
    const { router } = await renderApp('/sign-in?next=%2Fw%2Facme', {
      mocks: [signInAnswer(errorResult('INVALID_CREDENTIALS'))],
    });

    await fillAndSubmit();

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The email or password is incorrect.',
    );
    expect(router.state.location.pathname).toBe('/sign-in');
  });

  it('says how long to wait when there were too many attempts', async () => {
    await renderApp('/sign-in', {
      mocks: [signInAnswer(errorResult('RATE_LIMITED', { retryAfterSeconds: 840 }))],
    });

    await fillAndSubmit();

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Too many attempts. Try again in 14 minutes.',
    );
  });

  it('shows a validation error from the server under its field', async () => {
    await renderApp('/sign-in', {
      mocks: [signInAnswer(errorResult('VALIDATION', { field: 'email' }))],
    });

    await fillAndSubmit();

    await waitFor(() =>
      expect(screen.getByLabelText(/^Email/)).toHaveAccessibleDescription(
        'Enter a valid email address.',
      ),
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('signs in, asks again who is signed in and returns to the page it was sent from', async () => {
    let signedIn: TestUser | null = null;
    const ana = buildUser();
    const { router } = await renderApp('/sign-in?next=%2Faccount', {
      mocks: [
        meAnswer(() => signedIn),
        healthAnswer({}, Number.POSITIVE_INFINITY),
        answer(MyWorkspacesQuery, undefined, { data: { workspaces: [] } }, 5),
        {
          request: { query: SignInMutation, variables: { input: credentials } },
          result: () => {
            signedIn = ana;
            return { data: { signIn: { __typename: 'AuthPayload', user: ana } } };
          },
        },
      ],
    });

    await fillAndSubmit();

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Your account' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/account');
    expect(
      await within(screen.getByRole('banner')).findByRole('button', {
        name: 'Ana Lima — account menu',
      }),
    ).toBeInTheDocument();
  });

  it('switches the interface to the language saved in the profile after signing in', async () => {
    let signedIn: TestUser | null = null;
    const sara = buildUser({ displayName: 'Sara Ahmadi', interfaceLanguage: 'fa' });
    await renderApp('/sign-in?next=%2Faccount', {
      mocks: [
        meAnswer(() => signedIn),
        healthAnswer({}, Number.POSITIVE_INFINITY),
        answer(MyWorkspacesQuery, undefined, { data: { workspaces: [] } }, 5),
        {
          request: { query: SignInMutation, variables: { input: credentials } },
          result: () => {
            signedIn = sara;
            return { data: { signIn: { __typename: 'AuthPayload', user: sara } } };
          },
        },
      ],
    });

    await fillAndSubmit();

    await waitFor(() => expect(document.documentElement).toHaveAttribute('lang', 'fa'));
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
  });

  it('lists the demo accounts, and picking one fills in the form', async () => {
    await renderApp('/sign-in');

    const demo = await screen.findByRole('complementary', { name: 'Demo accounts' });
    expect(within(demo).getByText('chorus-demo-2026')).toBeInTheDocument();
    expect(within(demo).getAllByRole('listitem')).toHaveLength(7);

    await userEvent.click(
      within(demo).getByRole('button', { name: 'Fill in strategist@demo.test' }),
    );

    expect(screen.getByLabelText(/^Email/)).toHaveValue('strategist@demo.test');
    expect(screen.getByLabelText(/^Password/)).toHaveValue('chorus-demo-2026');
  });
});
