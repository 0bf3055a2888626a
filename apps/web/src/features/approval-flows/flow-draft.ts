import type {
  ApprovalFlowFieldsFragment,
  ApprovalRule,
  ApprovalStepInput,
  DocumentKind,
  TeamRole,
} from '../../gql/graphql';

/** The document kinds a flow approves, in the order the settings list them. */
export const FLOW_KINDS: readonly DocumentKind[] = ['POST', 'STRATEGY', 'MEDIA_PLAN'];

/** The team roles a step may wait on (the server refuses those that may not approve a kind). */
export const APPROVER_ROLES: readonly TeamRole[] = [
  'LEAD',
  'CHIEF_EXPERT',
  'STRATEGIST',
  'SMM_SPECIALIST',
  'MODERATOR',
];

/** Sixty days, as the server allows. */
export const MAX_DUE_HOURS = 60 * 24;

export interface StepDraft {
  /** Stable across reordering, for React keys. */
  key: string;
  name: string;
  rule: ApprovalRule;
  roles: TeamRole[];
  userIds: string[];
  /** Hours as typed; empty: no due time. */
  dueHours: string;
  skippable: boolean;
}

export interface FlowDraft {
  name: string;
  documentKind: DocumentKind;
  isDefault: boolean;
  steps: StepDraft[];
  /**
   * The step (its key, so it follows reordering) an edit after approval or during review
   * sends a request back to; null or a removed step: the first.
   */
  reopenToKey: string | null;
}

let nextKey = 0;
function stepKey(): string {
  nextKey += 1;
  return `step-${nextKey}`;
}

export function emptyStep(): StepDraft {
  return {
    key: stepKey(),
    name: '',
    rule: 'ANY',
    roles: [],
    userIds: [],
    dueHours: '',
    skippable: false,
  };
}

export function newFlowDraft(documentKind: DocumentKind, isDefault: boolean): FlowDraft {
  return { name: '', documentKind, isDefault, steps: [emptyStep()], reopenToKey: null };
}

function hours(minutes: number | null | undefined): string {
  if (minutes == null) return '';
  return String(Math.round((minutes / 60) * 100) / 100);
}

/** The editor's copy of a saved flow. */
export function draftFromFlow(flow: ApprovalFlowFieldsFragment): FlowDraft {
  const steps: StepDraft[] = [...flow.steps]
    .sort((a, b) => a.index - b.index)
    .map((step) => ({
      key: stepKey(),
      name: step.name,
      rule: step.rule,
      roles: step.approvers.flatMap((a) => (a.kind === 'ROLE' && a.role ? [a.role] : [])),
      userIds: step.approvers.flatMap((a) => (a.kind === 'USER' && a.userId ? [a.userId] : [])),
      dueHours: hours(step.dueInMinutes),
      skippable: step.skippable,
    }));
  return {
    name: flow.name,
    documentKind: flow.documentKind,
    isDefault: flow.isDefault,
    steps,
    // 0 is "the first step", whichever that becomes; another follows its step when reordered.
    reopenToKey: flow.reopenToStep > 0 ? (steps[flow.reopenToStep]?.key ?? null) : null,
  };
}

/** The step index a reopen goes back to, as the API takes it (0 when none or removed). */
export function reopenToInput(draft: FlowDraft): number {
  const index = draft.steps.findIndex((step) => step.key === draft.reopenToKey);
  return index < 0 ? 0 : index;
}

/** Moves the step at `from` by `by` places (−1 up, +1 down); out of range: unchanged. */
export function moveStep(steps: readonly StepDraft[], from: number, by: -1 | 1): StepDraft[] {
  const to = from + by;
  if (from < 0 || from >= steps.length || to < 0 || to >= steps.length) return [...steps];
  const next = [...steps];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved!);
  return next;
}

/** Parses a due time in hours (a dot or a comma as the decimal sign); null: invalid. */
export function parseDueHours(text: string): number | null | 'none' {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return 'none';
  if (!/^\d+(\.\d+)?$/.test(trimmed)) return null;
  const value = Number(trimmed);
  if (value <= 0 || value > MAX_DUE_HOURS) return null;
  const minutes = Math.round(value * 60);
  return minutes > 0 ? minutes : null;
}

/** Where a problem shows in the editor: the flow's name, the step list, or a step's field. */
export type DraftField =
  | { at: 'name' }
  | { at: 'steps' }
  | { at: 'reopenTo' }
  | { at: 'step'; step: number; part: 'name' | 'approvers' | 'dueInMinutes' | 'rule' };

export type DraftErrorKind =
  | 'nameMissing'
  | 'noSteps'
  | 'noApprovers'
  | 'dueInvalid'
  | 'roleMayNotApprove'
  | 'personMissing'
  | 'duplicateApprover'
  | 'reopenToInvalid'
  | 'invalid';

export interface DraftError {
  field: DraftField;
  kind: DraftErrorKind;
}

/** What the editor refuses before asking the server (the server checks the same again). */
export function checkDraft(draft: FlowDraft): DraftError[] {
  const errors: DraftError[] = [];
  if (draft.name.trim() === '') errors.push({ field: { at: 'name' }, kind: 'nameMissing' });
  if (draft.steps.length === 0) errors.push({ field: { at: 'steps' }, kind: 'noSteps' });
  draft.steps.forEach((step, i) => {
    if (step.roles.length + step.userIds.length === 0) {
      errors.push({ field: { at: 'step', step: i, part: 'approvers' }, kind: 'noApprovers' });
    }
    if (parseDueHours(step.dueHours) === null) {
      errors.push({ field: { at: 'step', step: i, part: 'dueInMinutes' }, kind: 'dueInvalid' });
    }
  });
  return errors;
}

/** The steps as the API takes them (call after `checkDraft` found nothing). */
export function stepsInput(draft: FlowDraft): ApprovalStepInput[] {
  return draft.steps.map((step) => {
    const due = parseDueHours(step.dueHours);
    return {
      name: step.name.trim() || null,
      rule: step.rule,
      skippable: step.skippable,
      dueInMinutes: typeof due === 'number' ? due : null,
      approvers: [
        ...step.roles.map((role) => ({ kind: 'ROLE' as const, role })),
        ...step.userIds.map((userId) => ({ kind: 'USER' as const, userId })),
      ],
    };
  });
}

/**
 * Places a VALIDATION error the server named (`name`, `steps`, `steps.1.dueInMinutes`,
 * `steps.0.approvers.2.role`, …) on the editor's field; null: it belongs to no field.
 */
export function draftErrorFromServer(field: string | undefined): DraftError | null {
  if (!field) return null;
  if (field === 'name') return { field: { at: 'name' }, kind: 'invalid' };
  if (field === 'steps') return { field: { at: 'steps' }, kind: 'noSteps' };
  if (field === 'reopenToStep') return { field: { at: 'reopenTo' }, kind: 'reopenToInvalid' };
  const match = /^steps\.(\d+)\.(\w+)(?:\.(\d+)(?:\.(\w+))?)?$/.exec(field);
  if (!match) return null;
  const step = Number(match[1]);
  const part = match[2] ?? '';
  const approverField = match[4];
  switch (part) {
    case 'name':
      return { field: { at: 'step', step, part: 'name' }, kind: 'invalid' };
    case 'rule':
      return { field: { at: 'step', step, part: 'rule' }, kind: 'invalid' };
    case 'dueInMinutes':
      return { field: { at: 'step', step, part: 'dueInMinutes' }, kind: 'dueInvalid' };
    case 'approvers': {
      const kind: DraftErrorKind =
        match[3] === undefined
          ? 'noApprovers'
          : approverField === 'role'
            ? 'roleMayNotApprove'
            : approverField === 'userId'
              ? 'personMissing'
              : approverField === undefined
                ? 'duplicateApprover'
                : 'invalid';
      return { field: { at: 'step', step, part: 'approvers' }, kind };
    }
    default:
      return null;
  }
}

/** The error shown at `field`, if any. */
export function errorAt(errors: readonly DraftError[], field: DraftField): DraftError | undefined {
  return errors.find(
    (error) =>
      error.field.at === field.at &&
      (error.field.at !== 'step' ||
        (field.at === 'step' &&
          error.field.step === field.step &&
          error.field.part === field.part)),
  );
}
