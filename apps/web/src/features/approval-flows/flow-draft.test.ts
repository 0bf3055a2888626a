import {
  checkDraft,
  draftErrorFromServer,
  draftFromFlow,
  emptyStep,
  moveStep,
  newFlowDraft,
  parseDueHours,
  reopenToInput,
  stepsInput,
} from './flow-draft';

describe('the flow draft', () => {
  it('reorders steps one place at a time and leaves the ends alone', () => {
    const [a, b, c] = [emptyStep(), emptyStep(), emptyStep()];
    const steps = [a, b, c];
    expect(moveStep(steps, 2, -1).map((s) => s.key)).toEqual([a.key, c.key, b.key]);
    expect(moveStep(steps, 0, 1).map((s) => s.key)).toEqual([b.key, a.key, c.key]);
    expect(moveStep(steps, 0, -1).map((s) => s.key)).toEqual(steps.map((s) => s.key));
    expect(moveStep(steps, 2, 1).map((s) => s.key)).toEqual(steps.map((s) => s.key));
  });

  it('reads due hours with a dot or a comma and refuses zero, negatives, text and more than 60 days', () => {
    expect(parseDueHours('')).toBe('none');
    expect(parseDueHours(' 24 ')).toBe(1440);
    expect(parseDueHours('1,5')).toBe(90);
    expect(parseDueHours('0.5')).toBe(30);
    expect(parseDueHours('0')).toBeNull();
    expect(parseDueHours('-2')).toBeNull();
    expect(parseDueHours('soon')).toBeNull();
    expect(parseDueHours('1441')).toBeNull();
  });

  it('refuses a flow without a name, a step without approvers and a bad due time, each on its field', () => {
    const draft = newFlowDraft('POST', true);
    draft.steps.push({ ...emptyStep(), roles: ['LEAD'], dueHours: 'x' });
    expect(checkDraft(draft)).toEqual([
      { field: { at: 'name' }, kind: 'nameMissing' },
      { field: { at: 'step', step: 0, part: 'approvers' }, kind: 'noApprovers' },
      { field: { at: 'step', step: 1, part: 'dueInMinutes' }, kind: 'dueInvalid' },
    ]);
    expect(checkDraft({ ...draft, name: 'Paid', steps: [] })).toEqual([
      { field: { at: 'steps' }, kind: 'noSteps' },
    ]);
  });

  it('sends roles and named people as approvers, hours as minutes and empty names as none', () => {
    const draft = newFlowDraft('POST', false);
    draft.name = 'Paid posts';
    draft.steps = [
      { ...emptyStep(), roles: ['LEAD'], dueHours: '24', skippable: true },
      {
        ...emptyStep(),
        name: ' Client ',
        rule: 'ALL',
        userIds: ['u-ana'],
        roles: ['CHIEF_EXPERT'],
      },
    ];
    expect(checkDraft(draft)).toEqual([]);
    expect(stepsInput(draft)).toEqual([
      {
        name: null,
        rule: 'ANY',
        skippable: true,
        dueInMinutes: 1440,
        approvers: [{ kind: 'ROLE', role: 'LEAD' }],
      },
      {
        name: 'Client',
        rule: 'ALL',
        skippable: false,
        dueInMinutes: null,
        approvers: [
          { kind: 'ROLE', role: 'CHIEF_EXPERT' },
          { kind: 'USER', userId: 'u-ana' },
        ],
      },
    ]);
  });

  it('reads a saved flow back in step order with its due time in hours', () => {
    const draft = draftFromFlow({
      __typename: 'ApprovalFlow',
      id: 'f1',
      brandId: 'b1',
      name: 'Posts',
      documentKind: 'POST',
      isDefault: true,
      reopenToStep: 1,
      updatedAt: '2026-12-01T00:00:00Z',
      missingApprovers: [],
      steps: [
        {
          __typename: 'ApprovalStep',
          index: 1,
          name: 'Chief',
          rule: 'ALL',
          dueInMinutes: 90,
          skippable: false,
          approvers: [
            { __typename: 'Approver', kind: 'USER', role: null, userId: 'u1', userName: 'Ana' },
          ],
        },
        {
          __typename: 'ApprovalStep',
          index: 0,
          name: 'Lead',
          rule: 'ANY',
          dueInMinutes: null,
          skippable: true,
          approvers: [
            { __typename: 'Approver', kind: 'ROLE', role: 'LEAD', userId: null, userName: null },
          ],
        },
      ],
    });
    expect(draft.steps.map((s) => [s.name, s.rule, s.roles, s.userIds, s.dueHours])).toEqual([
      ['Lead', 'ANY', ['LEAD'], [], ''],
      ['Chief', 'ALL', [], ['u1'], '1.5'],
    ]);
    // The reopen step follows its step: moved up, the request goes back to index 0.
    expect(reopenToInput(draft)).toBe(1);
    expect(reopenToInput({ ...draft, steps: moveStep(draft.steps, 1, -1) })).toBe(0);
  });

  it('sends the first step for "the first step", and when the chosen step is removed', () => {
    const draft = newFlowDraft('POST', false);
    draft.steps = [emptyStep(), emptyStep(), emptyStep()];
    expect(reopenToInput(draft)).toBe(0);
    expect(reopenToInput({ ...draft, reopenToKey: draft.steps[2]!.key })).toBe(2);
    expect(
      reopenToInput({
        ...draft,
        reopenToKey: draft.steps[2]!.key,
        steps: draft.steps.slice(0, 2),
      }),
    ).toBe(0);
    expect(draftErrorFromServer('reopenToStep')).toEqual({
      field: { at: 'reopenTo' },
      kind: 'reopenToInvalid',
    });
  });

  it('places the fields the server names on the editor', () => {
    expect(draftErrorFromServer('name')).toEqual({ field: { at: 'name' }, kind: 'invalid' });
    expect(draftErrorFromServer('steps')).toEqual({ field: { at: 'steps' }, kind: 'noSteps' });
    expect(draftErrorFromServer('steps.1.dueInMinutes')).toEqual({
      field: { at: 'step', step: 1, part: 'dueInMinutes' },
      kind: 'dueInvalid',
    });
    expect(draftErrorFromServer('steps.0.approvers')).toEqual({
      field: { at: 'step', step: 0, part: 'approvers' },
      kind: 'noApprovers',
    });
    expect(draftErrorFromServer('steps.2.approvers.1.role')?.kind).toBe('roleMayNotApprove');
    expect(draftErrorFromServer('steps.2.approvers.1.userId')?.kind).toBe('personMissing');
    expect(draftErrorFromServer('steps.2.approvers.1')?.kind).toBe('duplicateApprover');
    expect(draftErrorFromServer('documentKind')).toBeNull();
    expect(draftErrorFromServer(undefined)).toBeNull();
  });
});
