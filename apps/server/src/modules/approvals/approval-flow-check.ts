import { can, PERMISSIONS } from '@chorus/permissions';
import { AppError } from '../../platform/errors/index.js';
import { validName } from '../../platform/validation/index.js';
import { isUuid } from '../access/index.js';
import type { ApprovalStepInput } from './dto/approval.inputs.js';
import {
  APPROVABLE_KINDS,
  isApprovableKind,
  isTeamRoleName,
  type ApprovableKind,
  type Approver,
  type FlowStep,
} from './approval-steps.js';

export const MAX_STEPS = 20;
export const MAX_APPROVERS_PER_STEP = 50;
/** Sixty days: a due time beyond that is a typo, not a plan. */
export const MAX_DUE_MINUTES = 60 * 24 * 60;

export function checkKind(kind: string): ApprovableKind {
  if (!isApprovableKind(kind)) {
    throw AppError.validation(
      'documentKind',
      'Approval flows are for posts, strategies and media plans.',
    );
  }
  return kind;
}

/**
 * The step a reopen goes back to: one of the flow's steps (0-based; none given: the first).
 * VALIDATION on `reopenToStep` otherwise, e.g. after steps were removed under it.
 */
export function checkReopenTo(value: number | null | undefined, stepCount: number): number {
  const index = value ?? 0;
  if (!Number.isInteger(index) || index < 0 || index >= stepCount) {
    throw AppError.validation(
      'reopenToStep',
      `A reopen goes back to one of the flow's ${stepCount} steps (0 to ${stepCount - 1}).`,
    );
  }
  return index;
}

/**
 * Checks a flow's steps without the database: at least one step, each with at least one
 * approver of a known kind, a role that may approve the kind, a positive due time. A flow
 * is an ordered list, so it has no cycles by construction. Throws VALIDATION naming the
 * field (e.g. `steps.1.dueInMinutes`); nothing is written then.
 */
export function checkSteps(kind: ApprovableKind, steps: readonly ApprovalStepInput[]): FlowStep[] {
  if (steps.length === 0) throw AppError.validation('steps', 'A flow needs at least one step.');
  if (steps.length > MAX_STEPS) {
    throw AppError.validation('steps', `A flow has at most ${MAX_STEPS} steps.`);
  }
  const action = APPROVABLE_KINDS[kind];
  return steps.map((step, i) => {
    const field = `steps.${i}`;
    if (step.approvers.length === 0) {
      throw AppError.validation(`${field}.approvers`, `Step ${i + 1} has no approvers.`);
    }
    if (step.approvers.length > MAX_APPROVERS_PER_STEP) {
      throw AppError.validation(
        `${field}.approvers`,
        `A step has at most ${MAX_APPROVERS_PER_STEP} approvers.`,
      );
    }
    const seen = new Set<string>();
    const approvers = step.approvers.map((given, j): Approver => {
      const at = `${field}.approvers.${j}`;
      let approver: Approver;
      if (given.kind === 'role') {
        if (!given.role || !isTeamRoleName(given.role)) {
          throw AppError.validation(`${at}.role`, 'Name the team role that approves.');
        }
        if (!can([given.role], action)) {
          throw AppError.validation(
            `${at}.role`,
            `The ${given.role} role may not approve ${kind.replace('_', ' ')}s (${PERMISSIONS[action].roles.join(', ')} may).`,
          );
        }
        approver = { kind: 'role', role: given.role };
      } else if (given.kind === 'user') {
        if (!given.userId || !isUuid(given.userId)) {
          throw AppError.validation(`${at}.userId`, 'Name the person who approves.');
        }
        approver = { kind: 'user', userId: given.userId.toLowerCase() };
      } else if (given.kind === 'client') {
        approver = { kind: 'client' };
      } else {
        throw AppError.validation(`${at}.kind`, 'Unknown approver kind.');
      }
      const key = JSON.stringify(approver);
      if (seen.has(key)) throw AppError.validation(at, 'The same approver is named twice.');
      seen.add(key);
      return approver;
    });
    const due = step.dueInMinutes ?? null;
    if (due !== null && (!Number.isInteger(due) || due <= 0 || due > MAX_DUE_MINUTES)) {
      throw AppError.validation(
        `${field}.dueInMinutes`,
        `A due time is a positive number of minutes, at most ${MAX_DUE_MINUTES}.`,
      );
    }
    if (step.rule !== 'any' && step.rule !== 'all') {
      throw AppError.validation(`${field}.rule`, 'A step needs ANY or ALL.');
    }
    return {
      name: step.name ? validName(step.name, `${field}.name`, 100) : `Step ${i + 1}`,
      rule: step.rule,
      approvers,
      dueMinutes: due,
      skippable: step.skippable ?? false,
    };
  });
}
