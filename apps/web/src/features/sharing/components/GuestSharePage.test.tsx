import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { answer, errorResult } from '../../../../test/factories';
import { renderApp } from '../../../../test/render-app';
import {
  GuestSessionQuery,
  RedeemShareLinkMutation,
  ShareLinkPreviewQuery,
} from '../graphql/sharing.graphql';

const token = 'tok_guest_1';

const preview = (over: Record<string, unknown> = {}) => ({
  data: {
    shareLinkPreview: {
      __typename: 'ShareLinkPreview',
      label: 'Client — Lotus',
      capability: 'COMMENT',
      needsPassword: false,
      needsEmail: false,
      resourceKind: 'DOCUMENT',
      documentTitle: 'Spring strategy',
      documentKind: 'STRATEGY',
      brandName: 'Lotus Tea House',
      smtpConfigured: false,
      ...over,
    },
  },
});

const noSession = answer(GuestSessionQuery, {}, { data: { guestSession: null } }, 5);

describe('the guest page of a share link', () => {
  it('says a dead link is no longer valid, and nothing else', async () => {
    await renderApp(`/s/${token}`, {
      mocks: [answer(ShareLinkPreviewQuery, { token }, errorResult('NOT_FOUND')), noSession],
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This link is no longer valid' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    // No workspace shell: no navigation and no sign-in.
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Sign in' })).not.toBeInTheDocument();
  });

  it('says so in Hebrew too', async () => {
    await renderApp(`/s/${token}`, {
      language: 'he',
      mocks: [answer(ShareLinkPreviewQuery, { token }, errorResult('NOT_FOUND')), noSession],
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'הקישור הזה כבר לא בתוקף' }),
    ).toBeInTheDocument();
  });

  it('shows what is shared and asks for a name before anything is sent', async () => {
    await renderApp(`/s/${token}`, {
      mocks: [answer(ShareLinkPreviewQuery, { token }, preview()), noSession],
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Spring strategy' }),
    ).toBeInTheDocument();
    // Names and labels are isolated from the sentence (U+2068 … U+2069) for right-to-left text.
    expect(
      screen.getByText(
        (content) =>
          content.replace(/[\u2068\u2069]/g, '') ===
          'Lotus Tea House shared this with you: Client — Lotus',
      ),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Open' }));
    expect(await screen.findByText('Tell the team your name.')).toBeInTheDocument();
    expect(screen.queryByLabelText(/^Password/)).not.toBeInTheDocument();
  });

  it('asks for the password of a protected link and says when it is wrong', async () => {
    await renderApp(`/s/${token}`, {
      mocks: [
        answer(ShareLinkPreviewQuery, { token }, preview({ needsPassword: true })),
        noSession,
        answer(
          RedeemShareLinkMutation,
          { input: { token, name: 'Mai', password: 'not-it-at-all', email: null } },
          errorResult('SHARE_LINK_PASSWORD_INVALID', { field: 'password' }),
        ),
      ],
    });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText(/^Your name/), 'Mai');
    await user.type(screen.getByLabelText(/^Password/), 'not-it-at-all');
    await user.click(screen.getByRole('button', { name: 'Open' }));
    expect(await screen.findByText('That password is not right.')).toBeInTheDocument();
  });

  it('says when a throttled guest may try again', async () => {
    await renderApp(`/s/${token}`, {
      mocks: [
        answer(ShareLinkPreviewQuery, { token }, preview({ needsPassword: true })),
        noSession,
        answer(
          RedeemShareLinkMutation,
          { input: { token, name: 'Mai', password: 'guess-number-9', email: null } },
          errorResult('RATE_LIMITED', { retryAfterSeconds: 120 }),
        ),
      ],
    });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText(/^Your name/), 'Mai');
    await user.type(screen.getByLabelText(/^Password/), 'guess-number-9');
    await user.click(screen.getByRole('button', { name: 'Open' }));
    expect(await screen.findByTestId('redeem-problem')).toHaveTextContent(/2 minutes/);
  });

  it('tells an approve link’s guest that, without email, the approval is recorded by name', async () => {
    await renderApp(`/s/${token}`, {
      mocks: [
        answer(ShareLinkPreviewQuery, { token }, preview({ capability: 'APPROVE' })),
        noSession,
      ],
    });
    expect(
      await screen.findByText(/recorded with your name and the link’s label \(“Client — Lotus”\)/),
    ).toBeInTheDocument();
    expect(screen.queryByLabelText(/^Your email/)).not.toBeInTheDocument();
  });

  it('asks an approve link’s guest for an email when the server sends codes', async () => {
    await renderApp(`/s/${token}`, {
      mocks: [
        answer(
          ShareLinkPreviewQuery,
          { token },
          preview({ capability: 'APPROVE', needsEmail: true, smtpConfigured: true }),
        ),
        noSession,
      ],
    });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText(/^Your name/), 'Mai');
    await user.type(screen.getByLabelText(/^Your email/), 'not-an-email');
    await user.click(screen.getByRole('button', { name: 'Open' }));
    expect(
      await screen.findByText('Enter an email address like name@example.com.'),
    ).toBeInTheDocument();
  });
});
