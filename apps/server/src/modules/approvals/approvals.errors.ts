import { AppError, ErrorCode } from '../../platform/errors/index.js';

/** The approvals module's refusals (codes in the platform's error catalogue). */
export const ApprovalErrors = {
  noFlow(): AppError {
    return new AppError(
      ErrorCode.APPROVAL_NO_FLOW,
      'There is no approval flow for this document: it needs no approval.',
    );
  },
  alreadyOpen(requestId: string): AppError {
    return new AppError(
      ErrorCode.APPROVAL_ALREADY_OPEN,
      'The document is already under review (or approved as it is).',
      { details: { requestId } },
    );
  },
  closed(status: string): AppError {
    return new AppError(ErrorCode.APPROVAL_CLOSED, `The request is ${status.replace('_', ' ')}.`, {
      details: { status },
    });
  },
  stepNotOpen(stepIndex: number, currentStep: number): AppError {
    return new AppError(
      ErrorCode.APPROVAL_STEP_NOT_OPEN,
      `Step ${stepIndex + 1} is not open; step ${currentStep + 1} is.`,
      { field: 'stepIndex', details: { currentStep } },
    );
  },
  notYourStep(): AppError {
    return new AppError(ErrorCode.APPROVAL_NOT_YOUR_STEP, 'You are not an approver of this step.');
  },
  alreadyDecided(): AppError {
    return new AppError(
      ErrorCode.APPROVAL_ALREADY_DECIDED,
      'You have already decided at this step.',
    );
  },
  versionNotCurrent(currentVersionId: string): AppError {
    return new AppError(
      ErrorCode.APPROVAL_VERSION_NOT_CURRENT,
      'The content changed since this version: read the current one before deciding.',
      { field: 'versionId', details: { currentVersionId } },
    );
  },
  notSkippable(): AppError {
    return new AppError(ErrorCode.APPROVAL_STEP_NOT_SKIPPABLE, 'This step may not be skipped.', {
      field: 'stepIndex',
    });
  },
};
