import { MockLink } from '@apollo/client/testing';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { answer, errorResult } from '../../../../test/factories';
import { createApolloClient } from '../../../app/apollo-client';
import { AppProviders } from '../../../app/AppProviders';
import { initI18n, type LanguageCode } from '../../../i18n';
import {
  BrandApprovalFlowsQuery,
  CreateApprovalFlowMutation,
  DeleteApprovalFlowMutation,
  UpdateApprovalFlowMutation,
} from '../graphql/approval-flows.graphql';
import { ApprovalFlowsSection } from './ApprovalFlowsSection';

const BRAND = 'brand-1';
const MANAGE = ['brand.read', 'approvalFlow.manage'];

const approver = (kind: 'ROLE' | 'USER', value: string, userName: string | null = null) => ({
  __typename: 'Approver',
  kind,
  role: kind === 'ROLE' ? value : null,
  userId: kind === 'USER' ? value : null,
  userName,
});

const step = (index: number, name: string, approvers: unknown[], extra: object = {}) => ({
  __typename: 'ApprovalStep',
  index,
  name,
  rule: 'ANY',
  dueInMinutes: null,
  skippable: false,
  approvers,
  ...extra,
});

const postFlow = {
  __typename: 'ApprovalFlow',
  id: 'flow-posts',
  brandId: BRAND,
  name: 'Posts: lead then chief',
  documentKind: 'POST',
  isDefault: true,
  reopenToStep: 0,
  updatedAt: '2026-12-01T10:00:00.000Z',
  steps: [
    step(0, 'Lead review', [approver('ROLE', 'LEAD')], { dueInMinutes: 1440 }),
    step(1, 'Chief expert', [approver('ROLE', 'CHIEF_EXPERT')], { rule: 'ALL' }),
  ],
  missingApprovers: [
    {
      __typename: 'MissingApprover',
      kind: 'ROLE',
      role: 'CHIEF_EXPERT',
      stepIndex: 1,
      userId: null,
    },
  ],
};

const brand = {
  __typename: 'Brand',
  id: BRAND,
  teams: [
    {
      __typename: 'Team',
      id: 'team-1',
      members: [
        {
          __typename: 'TeamMember',
          roles: ['LEAD'],
          user: { __typename: 'User', id: 'u-lan', displayName: 'Lan Tran' },
        },
        {
          __typename: 'TeamMember',
          roles: ['SMM_SPECIALIST'],
          user: { __typename: 'User', id: 'u-ana', displayName: 'Ana Lima' },
        },
      ],
    },
  ],
};

const flows = (list: unknown[], times = 1) =>
  answer(
    BrandApprovalFlowsQuery,
    { brandId: BRAND },
    { data: { approvalFlows: list, brand } },
    times,
  );

async function renderSection(
  actions: string[],
  mocks: MockLink.MockedResponse[],
  language: LanguageCode = 'en',
) {
  await initI18n({ language });
  const client = createApolloClient({ link: new MockLink(mocks) });
  return render(
    <AppProviders client={client} env="test">
      <ApprovalFlowsSection brandId={BRAND} actions={actions} />
    </AppProviders>,
  );
}

async function pick(combobox: HTMLElement, option: string) {
  await userEvent.click(combobox);
  await userEvent.click(await screen.findByRole('option', { name: option }));
}

describe('the approval flows section', () => {
  it('lists the flows per kind with the default, its steps and the gap nobody fills', async () => {
    await renderSection(MANAGE, [flows([postFlow])]);

    const posts = await screen.findByRole('region', { name: 'Posts' });
    const card = await within(posts).findByTestId('approval-flow');
    expect(within(card).getByText('Posts: lead then chief')).toBeInTheDocument();
    expect(within(card).getByText('Default')).toBeInTheDocument();
    expect(card).toHaveTextContent('Lead review — any one of: Lead · due in 24 h');
    expect(card).toHaveTextContent('Chief expert — all of: Chief expert');
    expect(within(card).getByRole('alert')).toHaveTextContent(
      'Step 2: nobody on this brand holds the role “Chief expert”.',
    );
    expect(
      within(screen.getByRole('region', { name: 'Strategies' })).getByText(
        'No flow yet: these need no approval.',
      ),
    ).toBeInTheDocument();
  });

  it('shows nothing to someone who may not design flows', async () => {
    await renderSection(['brand.read', 'post.read'], []);
    expect(screen.queryByRole('heading', { name: 'Approval flows' })).not.toBeInTheDocument();
  });

  it('designs a two-step flow: a role at the first step, a named person at the second, all of them, 24 h', async () => {
    const input = {
      brandId: BRAND,
      name: 'Paid posts',
      documentKind: 'POST',
      isDefault: true,
      steps: [
        {
          name: 'Lead review',
          rule: 'ANY',
          skippable: false,
          dueInMinutes: 1440,
          approvers: [{ kind: 'ROLE', role: 'LEAD' }],
        },
        {
          name: null,
          rule: 'ALL',
          skippable: true,
          dueInMinutes: null,
          approvers: [{ kind: 'USER', userId: 'u-ana' }],
        },
      ],
      reopenToStep: 1,
    };
    const created = {
      ...postFlow,
      id: 'flow-paid',
      name: 'Paid posts',
      reopenToStep: 1,
      missingApprovers: [],
      steps: [
        step(0, 'Lead review', [approver('ROLE', 'LEAD')], { dueInMinutes: 1440 }),
        step(1, 'Step 2', [approver('USER', 'u-ana', 'Ana Lima')], {
          rule: 'ALL',
          skippable: true,
        }),
      ],
    };
    await renderSection(MANAGE, [
      flows([]),
      answer(CreateApprovalFlowMutation, { input }, { data: { createApprovalFlow: created } }),
      flows([created]),
    ]);

    const posts = await screen.findByRole('region', { name: 'Posts' });
    await userEvent.click(within(posts).getByRole('button', { name: 'New flow' }));
    const dialog = await screen.findByRole('dialog', { name: 'New approval flow' });
    expect(within(dialog).getByLabelText('The default flow for this kind')).toBeChecked();
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Flow name/ }), 'Paid posts');

    const first = within(dialog).getByRole('group', { name: 'Step 1' });
    await userEvent.type(within(first).getByRole('textbox', { name: 'Step name' }), 'Lead review');
    await pick(within(first).getByRole('combobox', { name: 'Approvers by role' }), 'Lead');
    await userEvent.type(within(first).getByRole('textbox', { name: 'Due within (hours)' }), '24');

    await userEvent.click(within(dialog).getByRole('button', { name: 'Add a step' }));
    const second = within(dialog).getByRole('group', { name: 'Step 2' });
    await pick(within(second).getByRole('combobox', { name: 'Named approvers' }), 'Ana Lima');
    await userEvent.click(within(second).getByText('All of them'));
    await userEvent.click(within(second).getByRole('switch', { name: 'May be skipped' }));
    // An edit sends requests back to the second step, not the first.
    const reopenTo = within(dialog).getByRole('combobox', {
      name: /After an edit, review starts again at/,
    });
    expect(reopenTo).toHaveDisplayValue('Step 1: Lead review');
    await userEvent.selectOptions(reopenTo, 'Step 2');

    await userEvent.click(within(dialog).getByRole('button', { name: 'Save flow' }));

    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'New approval flow' })).not.toBeInTheDocument(),
    );
    const card = await within(posts).findByTestId('approval-flow');
    expect(card).toHaveTextContent('Paid posts');
    expect(card).toHaveTextContent('Step 2 — all of: Ana Lima · may be skipped');
    expect(card).toHaveTextContent('An edit sends it back to step 2 (Step 2)');
  });

  it('refuses a flow without a name or approvers before asking the server', async () => {
    await renderSection(MANAGE, [flows([])]);
    const posts = await screen.findByRole('region', { name: 'Posts' });
    await userEvent.click(within(posts).getByRole('button', { name: 'New flow' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save flow' }));

    expect(within(dialog).getByText('Give the flow a name.')).toBeInTheDocument();
    expect(within(dialog).getByText('Add at least one approver to this step.')).toBeInTheDocument();
    // The only step cannot be removed: a flow has at least one.
    expect(within(dialog).getByRole('button', { name: 'Remove step 1' })).toBeDisabled();
  });

  it('puts the server’s refusal on the field it names: a role that may not approve, in Ukrainian', async () => {
    const input = {
      brandId: BRAND,
      name: 'Стратегія',
      documentKind: 'STRATEGY',
      isDefault: true,
      steps: [
        {
          name: null,
          rule: 'ANY',
          skippable: false,
          dueInMinutes: null,
          approvers: [{ kind: 'ROLE', role: 'MODERATOR' }],
        },
      ],
      reopenToStep: 0,
    };
    await renderSection(
      MANAGE,
      [
        flows([]),
        answer(
          CreateApprovalFlowMutation,
          { input },
          errorResult('VALIDATION', { field: 'steps.0.approvers.0.role' }),
        ),
      ],
      'uk',
    );
    const strategies = await screen.findByRole('region', { name: 'Стратегії' });
    await userEvent.click(within(strategies).getByRole('button', { name: 'Новий маршрут' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /Назва маршруту/ }),
      'Стратегія',
    );
    const first = within(dialog).getByRole('group', { name: 'Крок 1' });
    await pick(within(first).getByRole('combobox', { name: 'Погоджувачі за роллю' }), 'Модератор');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Зберегти маршрут' }));

    expect(
      await within(first).findByText('Ця роль не може погоджувати такий тип документів.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('reorders the steps of a saved flow and saves them in the new order', async () => {
    const reordered = {
      ...postFlow,
      steps: [
        step(0, 'Chief expert', [approver('ROLE', 'CHIEF_EXPERT')], { rule: 'ALL' }),
        step(1, 'Lead review', [approver('ROLE', 'LEAD')], { dueInMinutes: 1440 }),
      ],
    };
    await renderSection(MANAGE, [
      flows([postFlow]),
      answer(
        UpdateApprovalFlowMutation,
        {
          input: {
            flowId: 'flow-posts',
            name: 'Posts: lead then chief',
            isDefault: true,
            steps: [
              {
                name: 'Chief expert',
                rule: 'ALL',
                skippable: false,
                dueInMinutes: null,
                approvers: [{ kind: 'ROLE', role: 'CHIEF_EXPERT' }],
              },
              {
                name: 'Lead review',
                rule: 'ANY',
                skippable: false,
                dueInMinutes: 1440,
                approvers: [{ kind: 'ROLE', role: 'LEAD' }],
              },
            ],
            // "The first step" stays the first, whichever step that now is.
            reopenToStep: 0,
          },
        },
        { data: { updateApprovalFlow: reordered } },
      ),
      flows([reordered]),
    ]);

    const card = await screen.findByTestId('approval-flow');
    await userEvent.click(within(card).getByRole('button', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit approval flow' });
    expect(within(dialog).getByRole('combobox', { name: 'What it approves' })).toBeDisabled();
    expect(within(dialog).getByRole('button', { name: 'Move step 1 up' })).toBeDisabled();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Move step 2 up' }));
    expect(
      within(within(dialog).getByRole('group', { name: 'Step 1' })).getByRole('textbox', {
        name: 'Step name',
      }),
    ).toHaveValue('Chief expert');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save flow' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() =>
      expect(screen.getByTestId('approval-flow')).toHaveTextContent(
        /^Posts: lead then chiefDefaultChief expert — all of: Chief expertLead review/,
      ),
    );
  });

  it('deletes a flow after asking', async () => {
    await renderSection(MANAGE, [
      flows([postFlow]),
      answer(
        DeleteApprovalFlowMutation,
        { id: 'flow-posts' },
        { data: { deleteApprovalFlow: true } },
      ),
      flows([]),
    ]);
    const card = await screen.findByTestId('approval-flow');
    await userEvent.click(within(card).getByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Delete the flow “Posts: lead then chief”?',
    });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.queryByTestId('approval-flow')).not.toBeInTheDocument());
    expect(
      within(screen.getByRole('region', { name: 'Posts' })).getByText(
        'No flow yet: these need no approval.',
      ),
    ).toBeInTheDocument();
  });
});
