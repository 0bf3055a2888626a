import type { WaitingRequestFieldsFragment } from '../../gql/graphql';

/**
 * The notification kinds about approvals (the server's approval flows register them): when
 * one arrives, what waits on the person, or is stuck, may have changed.
 */
export const APPROVAL_NOTIFICATION_KINDS: readonly string[] = [
  'approval_requested',
  'approval_decided',
  'approval_reminder',
  'changed_after_approval',
  'approval_gap',
];

/** When the open step of a request is due; null: its step has no due time. */
export function dueAt(request: WaitingRequestFieldsFragment): Date | null {
  const step = request.steps.find((s) => s.index === request.currentStep);
  if (!step || step.dueInMinutes == null) return null;
  return new Date(Date.parse(String(request.stepOpenedAt)) + step.dueInMinutes * 60_000);
}

/** Requests ordered oldest first by when their open step started waiting. */
export function oldestFirst<T extends WaitingRequestFieldsFragment>(requests: readonly T[]): T[] {
  return [...requests].sort(
    (a, b) => Date.parse(String(a.stepOpenedAt)) - Date.parse(String(b.stepOpenedAt)),
  );
}

/** The open step's name, or "" when the request carries no such step. */
export function openStepName(request: WaitingRequestFieldsFragment): string {
  return request.steps.find((s) => s.index === request.currentStep)?.name ?? '';
}

/**
 * The address of a request's document. The same path the documents feature serves
 * (`/w/:workspaceId/b/:brandId/d/:documentId`); spelled here because importing the
 * documents feature would close an import circle through the brand settings page.
 */
export function requestDocumentPath(
  workspaceId: string,
  request: Pick<WaitingRequestFieldsFragment, 'brandId' | 'documentId'>,
): string {
  return `/w/${encodeURIComponent(workspaceId)}/b/${encodeURIComponent(request.brandId)}/d/${encodeURIComponent(request.documentId)}`;
}
