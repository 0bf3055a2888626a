import type { MockLink as MockLinkTypes } from '@apollo/client/testing';
import { MockLink } from '@apollo/client/testing';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createApolloClient } from '../../../app/apollo-client';
import { AppProviders } from '../../../app/AppProviders';
import type { ApprovalDecision } from '../../../gql/graphql';
import { initI18n } from '../../../i18n';
import { DecideApprovalMutation } from '../graphql/approvals.graphql';
import { buildRequest } from './approval-test-data';
import { DecisionForm } from './DecisionForm';

const request = buildRequest({ canDecide: true });

function decideMock(
  decision: ApprovalDecision,
  comment: string | null,
  result: MockLinkTypes.MockedResponse['result'],
): MockLinkTypes.MockedResponse {
  return {
    request: {
      query: DecideApprovalMutation,
      variables: {
        input: { requestId: 'req-1', stepIndex: 0, versionId: 'ver-7', decision, comment },
      },
    },
    result,
  };
}

async function renderForm(mocks: MockLinkTypes.MockedResponse[] = []) {
  await initI18n({ language: 'en' });
  const onDecided = jest.fn();
  render(
    <AppProviders client={createApolloClient({ link: new MockLink(mocks) })} env="test">
      <DecisionForm request={request} onDecided={onDecided} />
    </AppProviders>,
  );
  return { onDecided, form: screen.getByRole('form', { name: 'Your decision' }) };
}

const comment = () => screen.getByRole('textbox', { name: /^Comment/ });

describe('the approval decision form', () => {
  it('refuses to send "request changes" without a comment and says what is missing', async () => {
    const sent = jest.fn(() => ({ data: null }));
    const { onDecided } = await renderForm([decideMock('REQUEST_CHANGES', null, sent)]);
    await userEvent.click(screen.getByRole('radio', { name: 'Request changes' }));
    expect(comment()).toBeRequired();
    await userEvent.click(screen.getByRole('button', { name: 'Request changes' }));
    expect(await screen.findByText('Say what has to change.')).toBeInTheDocument();
    expect(comment()).toHaveAttribute('aria-invalid', 'true');
    expect(sent).not.toHaveBeenCalled();
    expect(onDecided).not.toHaveBeenCalled();
  });

  it('refuses to send a rejection of blank spaces and asks why', async () => {
    const sent = jest.fn(() => ({ data: null }));
    await renderForm([decideMock('REJECT', null, sent)]);
    await userEvent.click(screen.getByRole('radio', { name: 'Reject' }));
    await userEvent.type(comment(), '   ');
    await userEvent.click(screen.getByRole('button', { name: 'Reject' }));
    expect(await screen.findByText('Say why it is rejected.')).toBeInTheDocument();
    expect(sent).not.toHaveBeenCalled();
  });

  it('approves without a comment, on the version and step under review', async () => {
    const sent = jest.fn(() => ({
      data: { decideApproval: { __typename: 'ApprovalDecisionPayload', late: false, request } },
    }));
    const { onDecided } = await renderForm([decideMock('APPROVE', null, sent)]);
    expect(comment()).not.toBeRequired();
    await userEvent.click(screen.getByRole('button', { name: 'Approve' }));
    await screen.findByRole('button', { name: 'Approve' });
    await waitFor(() => expect(onDecided).toHaveBeenCalledWith(false));
    expect(sent).toHaveBeenCalledTimes(1);
  });

  it('sends a request for changes with its trimmed comment', async () => {
    const sent = jest.fn(() => ({
      data: { decideApproval: { __typename: 'ApprovalDecisionPayload', late: true, request } },
    }));
    const { onDecided } = await renderForm([
      decideMock('REQUEST_CHANGES', 'Shorten the caption', sent),
    ]);
    await userEvent.click(screen.getByRole('radio', { name: 'Request changes' }));
    await userEvent.type(comment(), '  Shorten the caption ');
    await userEvent.click(screen.getByRole('button', { name: 'Request changes' }));
    await screen.findByRole('radio', { name: 'Request changes' });
    await waitFor(() => expect(onDecided).toHaveBeenCalledWith(true));
    expect(sent).toHaveBeenCalledTimes(1);
  });

  it('shows the server refusing a decision on a version that is no longer current', async () => {
    const { onDecided } = await renderForm([
      decideMock('APPROVE', null, {
        errors: [
          {
            message: 'changed',
            extensions: { code: 'APPROVAL_VERSION_NOT_CURRENT', field: 'versionId' },
          },
        ],
      } as MockLinkTypes.MockedResponse['result']),
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Approve' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The content changed since this version: read the current one before deciding.',
    );
    expect(onDecided).not.toHaveBeenCalled();
  });

  it('puts the server refusing the comment under the comment field', async () => {
    await renderForm([
      decideMock('REJECT', 'No', {
        errors: [{ message: 'bad', extensions: { code: 'VALIDATION', field: 'comment' } }],
      } as MockLinkTypes.MockedResponse['result']),
    ]);
    await userEvent.click(screen.getByRole('radio', { name: 'Reject' }));
    await userEvent.type(comment(), 'No');
    await userEvent.click(screen.getByRole('button', { name: 'Reject' }));
    await screen.findByText('Check this field.');
    expect(comment()).toHaveAttribute('aria-invalid', 'true');
  });
});
