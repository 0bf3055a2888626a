import type { CollabRefusal } from '../../collaboration';
import type { KindGuest } from '../documents';
import type {
  GuestSessionFieldsFragment,
  ShareLinkPreviewQuery,
  ShareResourceKind,
} from '../../gql/graphql';

type Preview = ShareLinkPreviewQuery['shareLinkPreview'];

/** Problem codes that mean the link (or the guest's session on it) no longer opens anything. */
const GONE_CODES: readonly string[] = ['NOT_FOUND', 'UNAUTHENTICATED', 'FORBIDDEN'];

export function isGoneProblem(code: string): boolean {
  return GONE_CODES.includes(code);
}

/** Socket refusals that mean the same: the link was revoked or expired while open. */
export function isGoneRefusal(refusal: CollabRefusal): boolean {
  return (
    refusal === 'revoked' ||
    refusal === 'notFound' ||
    refusal === 'unauthenticated' ||
    refusal === 'forbidden' ||
    refusal === 'archived'
  );
}

/**
 * Whether this browser's guest session was opened through this link (a browser may hold the
 * session of another link: then the guest gives a name again here).
 */
export function sessionMatchesPreview(
  session: GuestSessionFieldsFragment | null | undefined,
  preview: Preview,
): session is GuestSessionFieldsFragment {
  return (
    !!session &&
    session.label === preview.label &&
    session.capability === preview.capability &&
    session.resourceKind === preview.resourceKind &&
    (session.documentTitle ?? null) === (preview.documentTitle ?? null)
  );
}

/** Whether the link shares a calendar range (else one document). */
export function isCalendar(resourceKind: ShareResourceKind): boolean {
  return resourceKind === 'CALENDAR';
}

/** Whether the link shares the brand's KPI report. */
export function isReport(resourceKind: ShareResourceKind): boolean {
  return resourceKind === 'REPORT';
}

/** Whether the guest must still enter the emailed code (approve links when mail is set up). */
export function needsEmailConfirmation(session: GuestSessionFieldsFragment): boolean {
  return session.emailConfirmationPending && !session.emailConfirmed;
}

const guests = {
  VIEW: { canComment: false },
  COMMENT: { canComment: true },
  APPROVE: { canComment: true },
} as const satisfies Record<GuestSessionFieldsFragment['capability'], KindGuest>;

/**
 * What the guest's link lets them do with comments: a view link shows the external threads,
 * a comment or approve link lets them comment too. One object per capability (the kind's
 * editor is memoised on its props).
 */
export function guestOf(session: Pick<GuestSessionFieldsFragment, 'capability'>): KindGuest {
  return guests[session.capability];
}
