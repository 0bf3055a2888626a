import type { TFunction } from 'i18next';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { readProblem, useProblemMessage } from '../../../errors';
import type {
  ApprovalRequestFieldsFragment,
  ApprovalStatus,
  ApprovalStepFieldsFragment,
  RecordedApprovalDecision,
} from '../../../gql/graphql';
import { useFormatters } from '../../../i18n';
import { statusColors } from '../../../ui';
import { useRoleLabels } from '../../workspaces';
import { approvalErrorCode, type ApprovalErrorCode } from '../hooks/approval-problem';

export type ApprovalStep = ApprovalStepFieldsFragment;
export type ApprovalRequest = ApprovalRequestFieldsFragment;

/** Badge colours per status (dark enough for white text). */
export const statusColor: Record<ApprovalStatus, string> = {
  PENDING: 'blue.9',
  APPROVED: statusColors.positive,
  CHANGES_REQUESTED: statusColors.warning,
  REJECTED: 'red.9',
  WITHDRAWN: 'gray.7',
};

/** When an open step is due: its opening plus its due time, or null without one. */
export function dueAt(step: ApprovalStep, openedAt: string): Date | null {
  if (step.dueInMinutes == null) return null;
  return new Date(new Date(openedAt).getTime() + step.dueInMinutes * 60_000);
}

/** The approvals feature's words: statuses, approvers, rules, decisions and refusals. */
export function useApprovalText() {
  const { t } = useTranslation();
  const roles = useRoleLabels();
  const format = useFormatters();
  return useMemo(
    () => ({
      status: (status: ApprovalStatus): string => {
        switch (status) {
          case 'PENDING':
            return t('approvals.status.pending');
          case 'APPROVED':
            return t('approvals.status.approved');
          case 'CHANGES_REQUESTED':
            return t('approvals.status.changesRequested');
          case 'REJECTED':
            return t('approvals.status.rejected');
          case 'WITHDRAWN':
            return t('approvals.status.withdrawn');
        }
      },
      decision: (decision: RecordedApprovalDecision): string => {
        switch (decision) {
          case 'APPROVE':
            return t('approvals.decision.approved');
          case 'REQUEST_CHANGES':
            return t('approvals.decision.changesRequested');
          case 'REJECT':
            return t('approvals.decision.rejected');
          case 'SKIP':
            return t('approvals.decision.skipped');
        }
      },
      approver: (approver: ApprovalStep['approvers'][number]): string => {
        switch (approver.kind) {
          case 'ROLE':
            return t('approvals.approver.role', { role: roles.label(approver.role ?? '') });
          case 'USER':
            return approver.userName ?? t('approvals.approver.formerMember');
          case 'CLIENT':
            return t('approvals.approver.client');
        }
      },
      rule: (step: ApprovalStep): string =>
        step.rule === 'ALL' ? t('approvals.rule.all') : t('approvals.rule.any'),
      stepName: (step: ApprovalStep): string =>
        step.name || t('approvals.step.unnamed', { number: format.number(step.index + 1) }),
      number: (value: number) => format.number(value),
      dateTime: (value: unknown) => format.dateTime(value),
    }),
    [t, roles, format],
  );
}

function refusal(t: TFunction, code: ApprovalErrorCode): string {
  switch (code) {
    case 'APPROVAL_NO_FLOW':
      return t('approvals.errors.noFlow');
    case 'APPROVAL_ALREADY_OPEN':
      return t('approvals.errors.alreadyOpen');
    case 'APPROVAL_CLOSED':
      return t('approvals.errors.closed');
    case 'APPROVAL_STEP_NOT_OPEN':
      return t('approvals.errors.stepNotOpen');
    case 'APPROVAL_NOT_YOUR_STEP':
      return t('approvals.errors.notYourStep');
    case 'APPROVAL_ALREADY_DECIDED':
      return t('approvals.errors.alreadyDecided');
    case 'APPROVAL_VERSION_NOT_CURRENT':
      return t('approvals.errors.versionNotCurrent');
    case 'APPROVAL_STEP_NOT_SKIPPABLE':
      return t('approvals.errors.notSkippable');
  }
}

/** A failed approval request in the reader's language: the feature's refusals, else the app's. */
export function useApprovalProblem(): (error: unknown) => string {
  const { t } = useTranslation();
  const message = useProblemMessage();
  return useCallback(
    (error: unknown) => {
      const code = approvalErrorCode(error);
      return code ? refusal(t, code) : message(readProblem(error));
    },
    [t, message],
  );
}
