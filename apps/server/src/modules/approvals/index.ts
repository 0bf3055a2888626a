export {
  ApprovalChangeMarkerEntity,
  ApprovalDecisionEntity,
  ApprovalRequestEntity,
} from './approval-request.entity.js';
export { ApprovalFlowChoiceEntity, ApprovalFlowEntity } from './approval-flow.entity.js';
export { ApprovalsModule } from './approvals.module.js';
export { ApprovalRequestsService } from './approval-requests.service.js';
export { ApprovalQueriesService } from './approval-queries.service.js';
export { REMINDER_QUEUE, type ReminderJob } from './approval-engine.js';
export type { Approver, FlowStep, RequestStatus } from './approval-steps.js';
export { SubmissionGates, type Submission, type SubmissionGate } from './submission-gates.js';
export { ApprovalRequestModel } from './approval.model.js';
