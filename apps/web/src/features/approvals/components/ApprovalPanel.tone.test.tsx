import type { MockLink as MockLinkTypes } from '@apollo/client/testing';
import { MockLink } from '@apollo/client/testing';
import { GraphQLError } from 'graphql';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createApolloClient } from '../../../app/apollo-client';
import { AppProviders } from '../../../app/AppProviders';
import type { DocumentApprovalStateQuery, ToneCheckFieldsFragment } from '../../../gql/graphql';
import { initI18n } from '../../../i18n';
import { ToneCheckDocumentQuery } from '../../tone/graphql/tone.graphql';
import { SubmitForApprovalMutation } from '../graphql/approvals.graphql';
import { ApprovalPanel } from './ApprovalPanel';
import { buildRequest, buildState } from './approval-test-data';

const CHECK: ToneCheckFieldsFragment = {
  __typename: 'ToneCheck',
  score: 50,
  verdict: 'BLOCK',
  guidelineVersion: 2,
  overrideReason: null,
  overriddenByName: null,
  checkedAt: '2026-12-06T09:00:00.000Z',
  findings: [
    {
      __typename: 'ToneFinding',
      ruleId: 'uk-cheap',
      kind: 'term',
      severity: 'required',
      messageKey: 'term_banned_replace',
      params: JSON.stringify({ term: 'дешевий', replacement: 'доступний' }),
      text: 'дешевий',
      from: 8,
      to: 15,
      part: 'base',
      paragraph: 0,
      replacement: 'доступний',
    },
  ],
};

async function renderPanel(
  state: DocumentApprovalStateQuery,
  mocks: MockLinkTypes.MockedResponse[],
  canOverrideTone: boolean,
) {
  await initI18n({ language: 'en' });
  render(
    <AppProviders client={createApolloClient({ link: new MockLink(mocks) })} env="test">
      <ApprovalPanel
        documentId="doc-1"
        state={state}
        meId="u-olena"
        canEdit
        canSkip={false}
        canOverrideTone={canOverrideTone}
        renderPreview={() => <p>preview</p>}
      />
    </AppProviders>,
  );
  return screen.getByTestId('approval-panel');
}

const blocked = {
  request: {
    query: SubmitForApprovalMutation,
    variables: { documentId: 'doc-1', flowId: 'flow-1' },
  },
  result: {
    errors: [
      new GraphQLError('blocked', {
        extensions: { code: 'TONE_CHECK_BLOCKED', score: 50, verdict: 'BLOCK' },
      }),
    ],
  },
};
const checked = {
  request: { query: ToneCheckDocumentQuery, variables: { documentId: 'doc-1' } },
  result: { data: { toneCheckDocument: CHECK } },
};

describe('the tone gate in the approval panel', () => {
  it('shows a blocked submission with its score and findings, and the chief expert overrides it with a reason', async () => {
    const overridden = jest.fn(() => ({
      data: {
        submitForApproval: buildRequest({
          toneCheck: { ...CHECK, overrideReason: 'Quoting a customer', overriddenByName: 'Olena' },
        }),
      },
    }));
    const panel = await renderPanel(
      buildState(),
      [
        blocked,
        checked,
        {
          request: {
            query: SubmitForApprovalMutation,
            variables: {
              documentId: 'doc-1',
              flowId: 'flow-1',
              toneOverrideReason: 'Quoting a customer',
            },
          },
          result: overridden,
        },
      ],
      true,
    );
    await userEvent.click(within(panel).getByRole('button', { name: 'Submit for approval' }));
    const gate = await within(panel).findByTestId('tone-gate');
    expect(within(gate).getByRole('alert')).toHaveTextContent(
      'The version you submitted scores 50 of 100.',
    );
    expect(
      await within(gate).findByText(
        '“дешевий” is a word the brand does not use: write “доступний”',
      ),
    ).toBeInTheDocument();
    await userEvent.click(within(gate).getByRole('button', { name: 'Override with a reason' }));
    // No reason, no override: the field says so and nothing is sent.
    await userEvent.click(within(gate).getByRole('button', { name: 'Override and submit' }));
    expect(
      within(gate).getByRole('textbox', { name: /Why this version/ }),
    ).toHaveAccessibleDescription('Write the reason for the override.');
    expect(overridden).not.toHaveBeenCalled();
    await userEvent.type(
      within(gate).getByRole('textbox', { name: /Why this version/ }),
      'Quoting a customer',
    );
    await userEvent.click(within(gate).getByRole('button', { name: 'Override and submit' }));
    expect(await within(panel).findByText('Submitted for approval.')).toBeInTheDocument();
    expect(overridden).toHaveBeenCalledTimes(1);
    expect(within(panel).queryByTestId('tone-gate')).toBeNull();
  });

  it('offers no override to a specialist, only the findings', async () => {
    const panel = await renderPanel(buildState(), [blocked, checked], false);
    await userEvent.click(within(panel).getByRole('button', { name: 'Submit for approval' }));
    const gate = await within(panel).findByTestId('tone-gate');
    await within(gate).findByTestId('tone-findings');
    expect(within(gate).queryByRole('button', { name: 'Override with a reason' })).toBeNull();
  });

  it("shows approvers the submitted version's score, findings and the override reason", async () => {
    const request = buildRequest({
      toneCheck: { ...CHECK, overrideReason: 'Quoting a customer', overriddenByName: 'Olena' },
    });
    const panel = await renderPanel(buildState({ documentApprovals: [request] }), [], false);
    const summary = within(panel).getByTestId('approval-tone-check');
    expect(within(summary).getByTestId('tone-score')).toHaveTextContent('Score 50 of 100');
    expect(summary).toHaveTextContent('Checked against guideline version 2');
    expect(within(summary).getByTestId('tone-override-reason')).toHaveTextContent(
      'Overridden by Olena: “Quoting a customer”',
    );
    expect(summary).toHaveTextContent('Base text');
    expect(summary).toHaveTextContent('“дешевий” is a word the brand does not use');
  });
});
