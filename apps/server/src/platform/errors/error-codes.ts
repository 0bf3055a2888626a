/**
 * The error catalogue: every `extensions.code` a client can receive.
 * Modules add their own codes here so the whole list stays in one place.
 */
export const ErrorCode = {
  /** No valid session. */
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /**
   * A sign-in with an unknown email or a wrong password (one answer for both, so
   * accounts cannot be enumerated).
   */
  INVALID_CREDENTIALS: 'INVALID_CREDENTIALS',
  /** Signed in, but the role does not allow the action. */
  FORBIDDEN: 'FORBIDDEN',
  /** The resource does not exist or the caller may not know it exists. */
  NOT_FOUND: 'NOT_FOUND',
  /** The input broke a rule; `extensions.field` names the field. */
  VALIDATION: 'VALIDATION',
  /** The request conflicts with the current state (e.g. a duplicate). */
  CONFLICT: 'CONFLICT',
  /** The change would leave a workspace without an owner. */
  LAST_OWNER: 'LAST_OWNER',
  /** An invitation link that is unknown, expired, used or revoked; `extensions.reason` says which. */
  INVITATION_INVALID: 'INVITATION_INVALID',
  /** An uploaded file is over its size limit; `extensions.limitBytes` says the limit. */
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  /**
   * An upload whose bytes are not of a type allowed there (whatever its name or declared type
   * says); `extensions.detected` names what the bytes are, when known, and `extensions.allowed`
   * the types accepted.
   */
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  /**
   * A post's status cannot go from its current status to the one asked for;
   * `extensions.from`, `extensions.to` and `extensions.allowed` say which.
   */
  INVALID_TRANSITION: 'INVALID_TRANSITION',
  /** The post is archived (its status or its document): restore it before changing it. */
  POST_ARCHIVED: 'POST_ARCHIVED',
  /** The document's brand has no approval flow for its kind and none was picked: nothing to submit to. */
  APPROVAL_NO_FLOW: 'APPROVAL_NO_FLOW',
  /** The document already has a pending (or approved, still current) request. */
  APPROVAL_ALREADY_OPEN: 'APPROVAL_ALREADY_OPEN',
  /** The request is no longer pending (approved, rejected, changes requested or withdrawn). */
  APPROVAL_CLOSED: 'APPROVAL_CLOSED',
  /** The step named is not the open step (it has not opened yet); `extensions.currentStep` says which is. */
  APPROVAL_STEP_NOT_OPEN: 'APPROVAL_STEP_NOT_OPEN',
  /** The caller is not an approver of the step (or lost the matrix right to approve). */
  APPROVAL_NOT_YOUR_STEP: 'APPROVAL_NOT_YOUR_STEP',
  /** The caller already decided at this step in this round. */
  APPROVAL_ALREADY_DECIDED: 'APPROVAL_ALREADY_DECIDED',
  /** The version decided on is no longer the one under review; `extensions.currentVersionId` is. */
  APPROVAL_VERSION_NOT_CURRENT: 'APPROVAL_VERSION_NOT_CURRENT',
  /** The step may not be skipped (its flow says so). */
  APPROVAL_STEP_NOT_SKIPPABLE: 'APPROVAL_STEP_NOT_SKIPPABLE',
  /**
   * A tone-of-voice guideline broke a rule of its shape; `extensions.field` is the path of the
   * field (`terms[2].replacement`) and `extensions.rule` the checker's code (`empty_term`, …).
   */
  TONE_RULE_INVALID: 'TONE_RULE_INVALID',
  /**
   * The guideline changed since the version the edit started from;
   * `extensions.currentVersion` says which is current.
   */
  TONE_GUIDELINE_CONFLICT: 'TONE_GUIDELINE_CONFLICT',
  /**
   * The submitted content fails the brand's tone check (a required rule, or a score under
   * the guideline's threshold); `extensions.score`, `verdict`, `requiredViolations`,
   * `recommendedViolations` say how. Nothing was submitted.
   */
  TONE_CHECK_BLOCKED: 'TONE_CHECK_BLOCKED',
  /** An override of a failed tone check needs a written reason. */
  TONE_OVERRIDE_REASON_REQUIRED: 'TONE_OVERRIDE_REASON_REQUIRED',
  /**
   * A comment longer than its limit; `extensions.limitCharacters` says the limit. Nothing was
   * stored.
   */
  COMMENT_TOO_LONG: 'COMMENT_TOO_LONG',
  /**
   * A comment mentions someone who does not work on the document's brand (or a guest tried to
   * mention anyone); `extensions.userIds` lists the refused ids. Nothing was stored.
   */
  COMMENT_MENTION_REFUSED: 'COMMENT_MENTION_REFUSED',
  /**
   * One's own comment can only be deleted in the first minutes after it was written;
   * `extensions.windowMinutes` says how long (a moderator may hide it instead).
   */
  COMMENT_DELETE_WINDOW_CLOSED: 'COMMENT_DELETE_WINDOW_CLOSED',
  /** The comment was deleted or hidden: it can no longer be edited or reacted to. */
  COMMENT_GONE: 'COMMENT_GONE',
  /** A share link with a password was opened without it. */
  SHARE_LINK_PASSWORD_REQUIRED: 'SHARE_LINK_PASSWORD_REQUIRED',
  /** The share link's password is not right. */
  SHARE_LINK_PASSWORD_INVALID: 'SHARE_LINK_PASSWORD_INVALID',
  /**
   * The one-time code a guest typed is wrong, expired or used up;
   * `extensions.reason` (`wrong`, `expired`, `too_many_attempts`) says which.
   */
  GUEST_EMAIL_CODE_INVALID: 'GUEST_EMAIL_CODE_INVALID',
  /** A guest must confirm their email with the emailed code before deciding. */
  GUEST_EMAIL_UNCONFIRMED: 'GUEST_EMAIL_UNCONFIRMED',
  /** Too many requests; retry later. */
  RATE_LIMITED: 'RATE_LIMITED',
  /** Anything unexpected; details are only in the server log. */
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * Codes Apollo Server itself assigns to malformed requests; their messages
 * describe the client's request, never server internals, so they pass through.
 */
export const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);
