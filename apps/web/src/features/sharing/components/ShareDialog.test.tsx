import { MockLink } from '@apollo/client/testing';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { answer, errorResult } from '../../../../test/factories';
import { createApolloClient } from '../../../app/apollo-client';
import { AppProviders } from '../../../app/AppProviders';
import { initI18n, type LanguageCode } from '../../../i18n';
import { CreateShareLinkMutation } from '../graphql/sharing.graphql';
import type { ShareTarget } from '../share-form';
import { ShareDialog } from './ShareDialog';

const LINK = {
  __typename: 'ShareLink',
  id: 'link-1',
  brandId: 'brand-1',
  resourceKind: 'DOCUMENT',
  documentId: 'doc-1',
  documentTitle: 'Spring strategy',
  documentKind: 'STRATEGY',
  calendarFrom: null,
  calendarTo: null,
  networks: null,
  categoryIds: null,
  capability: 'COMMENT',
  label: 'Client — Lotus',
  expiresAt: '2026-12-14T10:00:00.000Z',
  hasPassword: false,
  createdAt: '2026-12-07T10:00:00.000Z',
  createdByName: 'Sara Strategist',
  revokedAt: null,
  status: 'ACTIVE',
  lastOpenedAt: null,
  lastOpenedByName: null,
  openCount: 0,
};

async function renderDialog(
  mocks: MockLink.MockedResponse[],
  language: LanguageCode = 'en',
  target: ShareTarget = { kind: 'document', brandId: 'brand-1', documentId: 'doc-1' },
) {
  await initI18n({ language });
  const client = createApolloClient({ link: new MockLink(mocks) });
  return render(
    <AppProviders client={client} env="test">
      <ShareDialog opened onClose={() => undefined} target={target} title="Spring strategy" />
    </AppProviders>,
  );
}

describe('the share dialog', () => {
  it('sends nothing without a label or with a short password, and says why at each field', async () => {
    await renderDialog([]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Create link' }));
    expect(await screen.findByText('Give the link a label.')).toBeInTheDocument();
    await user.type(screen.getByLabelText(/^Label/), 'Client — Lotus');
    await user.type(screen.getByLabelText(/^Password/), 'short');
    await user.click(screen.getByRole('button', { name: 'Create link' }));
    expect(
      await screen.findByText('Use at least 8 characters, or leave the password empty.'),
    ).toBeInTheDocument();
    expect(screen.queryByText('Give the link a label.')).not.toBeInTheDocument();
  });

  it('warns before a link that never expires', async () => {
    await renderDialog([]);
    const user = userEvent.setup();
    expect(screen.queryByText(/never expires works until/)).not.toBeInTheDocument();
    await user.selectOptions(await screen.findByLabelText('Expires after'), 'never');
    expect(screen.getByText(/never expires works until someone revokes it/)).toBeInTheDocument();
  });

  it('creates the link and shows its address once, with a copy button and the notice', async () => {
    await renderDialog([
      answer(
        CreateShareLinkMutation,
        {
          input: {
            brandId: 'brand-1',
            documentId: 'doc-1',
            capability: 'APPROVE',
            label: 'Client — Lotus',
            expiresInDays: 7,
            password: 'lotus-tea-2027',
          },
        },
        {
          data: {
            createShareLink: {
              __typename: 'CreatedShareLink',
              url: '/s/token-abc',
              link: { ...LINK, capability: 'APPROVE', hasPassword: true },
            },
          },
        },
      ),
    ]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('radio', { name: /^Approve/ }));
    await user.type(screen.getByLabelText(/^Label/), '  Client — Lotus ');
    await user.selectOptions(screen.getByLabelText('Expires after'), '7');
    await user.type(screen.getByLabelText(/^Password/), 'lotus-tea-2027');
    await user.click(screen.getByRole('button', { name: 'Create link' }));
    expect(await screen.findByTestId('share-link-url')).toHaveValue(
      `${window.location.origin}/s/token-abc`,
    );
    expect(screen.getByRole('button', { name: 'Copy' })).toBeInTheDocument();
    expect(screen.getByText(/you will not see it again/)).toBeInTheDocument();
  });

  it('offers a report only as a view link: no capability to choose, and the request says report', async () => {
    await renderDialog(
      [
        answer(
          CreateShareLinkMutation,
          {
            input: {
              brandId: 'brand-1',
              capability: 'VIEW',
              report: true,
              label: 'Client — Lotus',
              expiresInDays: 30,
              password: null,
            },
          },
          {
            data: {
              createShareLink: {
                __typename: 'CreatedShareLink',
                url: '/s/token-report',
                link: {
                  ...LINK,
                  resourceKind: 'REPORT',
                  documentId: null,
                  documentTitle: null,
                  documentKind: null,
                  capability: 'VIEW',
                },
              },
            },
          },
        ),
      ],
      'en',
      { kind: 'report', brandId: 'brand-1' },
    );
    const user = userEvent.setup();
    expect(
      await screen.findByText(/A report link only lets the client view the results/),
    ).toBeInTheDocument();
    expect(screen.queryAllByRole('radio')).toHaveLength(0);
    await user.type(screen.getByLabelText(/^Label/), 'Client — Lotus');
    await user.click(screen.getByRole('button', { name: 'Create link' }));
    expect(await screen.findByTestId('share-link-url')).toHaveValue(
      `${window.location.origin}/s/token-report`,
    );
  });

  it('shows the server’s refusal of the label under the field, in the reader’s language', async () => {
    await renderDialog(
      [
        answer(
          CreateShareLinkMutation,
          {
            input: {
              brandId: 'brand-1',
              documentId: 'doc-1',
              capability: 'COMMENT',
              label: 'Khách hàng',
              expiresInDays: 30,
              password: null,
            },
          },
          errorResult('VALIDATION', { field: 'label' }),
        ),
      ],
      'vi',
    );
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText(/^Nhãn/), 'Khách hàng');
    await user.click(screen.getByRole('button', { name: 'Tạo liên kết' }));
    // The refusal arrives after the click: wait for it, not just for the field.
    await waitFor(() =>
      expect(screen.getByLabelText(/^Nhãn/)).toHaveAttribute('aria-invalid', 'true'),
    );
    expect(screen.getByRole('button', { name: 'Tạo liên kết' })).toBeInTheDocument();
    expect(screen.queryByTestId('share-link-url')).not.toBeInTheDocument();
  });
});
