import type { MockLink as MockLinkTypes } from '@apollo/client/testing';
import { MockLink } from '@apollo/client/testing';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createApolloClient } from '../../../app/apollo-client';
import { AppProviders } from '../../../app/AppProviders';
import type { DocumentApprovalStateQuery } from '../../../gql/graphql';
import { initI18n } from '../../../i18n';
import { SubmitForApprovalMutation, WithdrawApprovalMutation } from '../graphql/approvals.graphql';
import { ApprovalPanel } from './ApprovalPanel';
import {
  buildDecision,
  buildRequest,
  buildState,
  expertStep,
  leadStep,
} from './approval-test-data';

async function renderPanel({
  state,
  mocks = [],
  meId = 'u-sam',
  canEdit = true,
  canSkip = false,
}: {
  state: DocumentApprovalStateQuery;
  mocks?: MockLinkTypes.MockedResponse[];
  meId?: string;
  canEdit?: boolean;
  canSkip?: boolean;
}) {
  await initI18n({ language: 'en' });
  render(
    <AppProviders client={createApolloClient({ link: new MockLink(mocks) })} env="test">
      <ApprovalPanel
        documentId="doc-1"
        state={state}
        meId={meId}
        canEdit={canEdit}
        canSkip={canSkip}
        renderPreview={() => <p>preview</p>}
      />
    </AppProviders>,
  );
  return screen.getByTestId('approval-panel');
}

describe('the approval panel of a document', () => {
  it('says no approval is needed when the brand has no flow for the kind', async () => {
    const panel = await renderPanel({
      state: buildState({ documentApprovalFlow: null, approvalFlows: [] }),
    });
    expect(panel).toHaveTextContent(
      'No approval is needed: the brand has no approval flow for this kind of document.',
    );
    expect(within(panel).queryByRole('button', { name: 'Submit for approval' })).toBeNull();
  });

  it('lets an editor pick among the brand flows and submit the document with the flow it follows', async () => {
    const submitted = jest.fn(() => ({
      data: { submitForApproval: buildRequest() },
    }));
    const panel = await renderPanel({
      state: buildState(),
      mocks: [
        {
          request: {
            query: SubmitForApprovalMutation,
            variables: { documentId: 'doc-1', flowId: 'flow-1' },
          },
          result: submitted,
        },
      ],
    });
    const flowPicker = within(panel).getByLabelText('Flow this document follows', {
      selector: 'input',
    });
    expect(flowPicker).toHaveValue('Standard posts (brand default)');
    expect(panel).toHaveTextContent('Lead review → Expert sign-off');

    await userEvent.click(within(panel).getByRole('button', { name: 'Submit for approval' }));
    expect(await within(panel).findByRole('status')).toHaveTextContent('Submitted for approval.');
    expect(submitted).toHaveBeenCalledTimes(1);
  });

  it('shows a reader the flow without a picker or a submit button', async () => {
    const panel = await renderPanel({ state: buildState(), canEdit: false });
    expect(
      within(panel).queryByLabelText('Flow this document follows', { selector: 'input' }),
    ).toBeNull();
    expect(within(panel).getByTestId('approval-flow-name')).toHaveTextContent('Standard posts');
    expect(within(panel).queryByRole('button', { name: 'Submit for approval' })).toBeNull();
  });

  it('shows a pending request at its step with each step, its approvers, rule, due time and decisions', async () => {
    const request = buildRequest({
      currentStep: 1,
      stepOpenedAt: '2099-01-01T09:00:00.000Z',
      decisions: [buildDecision({ comment: 'Lovely tone' })],
    });
    const panel = await renderPanel({
      state: buildState({ documentApprovals: [request] }),
      meId: 'u-other',
    });
    expect(within(panel).getByTestId('approval-status')).toHaveTextContent('Pending');
    expect(panel).toHaveTextContent('At step 2 of 2');
    expect(panel).toHaveTextContent('Submitted by Sam Specialist');
    const steps = within(panel).getAllByTestId('approval-step');
    expect(steps.map((step) => step.getAttribute('data-state'))).toEqual(['done', 'open']);
    expect(steps[0]).toHaveTextContent('Step 1: Lead review');
    expect(steps[0]).toHaveTextContent('Any one of: any Lead');
    expect(steps[0]).toHaveTextContent('Linh Lead: approved');
    expect(steps[0]).toHaveTextContent('Lovely tone');
    expect(steps[1]).toHaveTextContent('Step 2: Expert sign-off');
    expect(steps[1]).toHaveTextContent('All of: Kim Expert, Lan Expert');
    expect(steps[1]).toHaveTextContent(/Due by .*2099/);
    expect(steps[1]).toHaveAttribute('aria-current', 'step');
    // Not an approver of the open step, not the submitter, no skip right: nothing to do.
    expect(within(panel).queryByRole('form', { name: 'Your decision' })).toBeNull();
    expect(within(panel).queryByRole('button', { name: 'Withdraw' })).toBeNull();
    expect(within(panel).queryByRole('button', { name: 'Skip this step' })).toBeNull();
    expect(within(panel).queryByRole('button', { name: 'Submit for approval' })).toBeNull();
  });

  it('gives an approver of the open step the decision form and the submitted version to read', async () => {
    const panel = await renderPanel({
      state: buildState({ documentApprovals: [buildRequest({ canDecide: true })] }),
      meId: 'u-linh',
    });
    expect(within(panel).getByRole('form', { name: 'Your decision' })).toBeInTheDocument();
    await userEvent.click(
      within(panel).getByRole('button', { name: 'Open the submitted version' }),
    );
    expect(await screen.findByRole('dialog')).toBeInTheDocument();
  });

  it('lets someone with the skip right skip a skippable open step, and nobody skip a fixed one', async () => {
    const skippable = buildRequest({ currentStep: 1 });
    const panel = await renderPanel({
      state: buildState({ documentApprovals: [skippable] }),
      meId: 'u-linh',
      canSkip: true,
    });
    await userEvent.click(within(panel).getByRole('button', { name: 'Skip this step' }));
    expect(
      within(panel).getByRole('textbox', { name: 'Why is it skipped? (optional)' }),
    ).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Skip the step' })).toBeInTheDocument();
  });

  it('hides skip on a step that may not be skipped even from someone with the right', async () => {
    const panel = await renderPanel({
      state: buildState({ documentApprovals: [buildRequest({ steps: [leadStep, expertStep] })] }),
      meId: 'u-linh',
      canSkip: true,
    });
    expect(within(panel).queryByRole('button', { name: 'Skip this step' })).toBeNull();
  });

  it('lets the submitter withdraw a pending request and shows a typed refusal in words', async () => {
    const panel = await renderPanel({
      state: buildState({ documentApprovals: [buildRequest()] }),
      meId: 'u-sam',
      mocks: [
        {
          request: { query: WithdrawApprovalMutation, variables: { requestId: 'req-1' } },
          result: {
            errors: [{ message: 'closed', extensions: { code: 'APPROVAL_CLOSED' } }],
          } as MockLinkTypes.MockedResponse['result'],
        },
      ],
    });
    await userEvent.click(within(panel).getByRole('button', { name: 'Withdraw' }));
    expect(await within(panel).findByRole('alert')).toHaveTextContent('This request is closed.');
  });

  it('offers to submit again once changes were requested, and shows the approved state', async () => {
    const again = await renderPanel({
      state: buildState({ documentApprovals: [buildRequest({ status: 'CHANGES_REQUESTED' })] }),
    });
    expect(within(again).getByTestId('approval-status')).toHaveTextContent('Changes requested');
    expect(within(again).getByRole('button', { name: 'Submit for approval' })).toBeInTheDocument();
  });

  it('does not offer to submit an approved document again', async () => {
    const panel = await renderPanel({
      state: buildState({
        documentApprovals: [buildRequest({ status: 'APPROVED', currentStep: 1 })],
      }),
    });
    expect(within(panel).getByTestId('approval-status')).toHaveTextContent('Approved');
    expect(
      within(panel)
        .getAllByTestId('approval-step')
        .map((s) => s.dataset.state),
    ).toEqual(['done', 'done']);
    expect(within(panel).queryByRole('button', { name: 'Submit for approval' })).toBeNull();
  });
});
