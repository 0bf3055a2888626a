import type { GuestSessionFieldsFragment } from '../../gql/graphql';
import {
  guestOf,
  isCalendar,
  isReport,
  isGoneProblem,
  isGoneRefusal,
  needsEmailConfirmation,
  sessionMatchesPreview,
} from './guest-state';

const preview = {
  __typename: 'ShareLinkPreview' as const,
  label: 'Client — Lotus',
  capability: 'COMMENT' as const,
  needsPassword: false,
  needsEmail: false,
  resourceKind: 'DOCUMENT' as const,
  documentTitle: 'Spring strategy',
  documentKind: 'STRATEGY' as const,
  brandName: 'Lotus Tea House',
  smtpConfigured: false,
};

const session = (over: Partial<GuestSessionFieldsFragment> = {}): GuestSessionFieldsFragment => ({
  __typename: 'GuestSession',
  brandId: 'b1',
  name: 'Mai',
  capability: 'COMMENT',
  emailConfirmed: false,
  emailConfirmationPending: false,
  smtpConfigured: false,
  networks: null,
  categoryIds: null,
  resourceKind: 'DOCUMENT',
  documentId: 'd1',
  documentKind: 'STRATEGY',
  documentTitle: 'Spring strategy',
  calendarFrom: null,
  calendarTo: null,
  brandName: 'Lotus Tea House',
  brandTimeZone: 'Asia/Ho_Chi_Minh',
  label: 'Client — Lotus',
  ...over,
});

describe('the guest page’s state', () => {
  it('keeps a session opened through this link, and asks again for another link’s', () => {
    expect(sessionMatchesPreview(session(), preview)).toBe(true);
    expect(sessionMatchesPreview(null, preview)).toBe(false);
    expect(sessionMatchesPreview(session({ label: 'Agency' }), preview)).toBe(false);
    expect(sessionMatchesPreview(session({ capability: 'APPROVE' }), preview)).toBe(false);
  });

  it('says the link is no longer valid for a missing link, a lost session and a revoked socket', () => {
    expect(isGoneProblem('NOT_FOUND')).toBe(true);
    expect(isGoneProblem('UNAUTHENTICATED')).toBe(true);
    expect(isGoneProblem('RATE_LIMITED')).toBe(false);
    expect(isGoneProblem('NETWORK')).toBe(false);
    expect(isGoneRefusal('revoked')).toBe(true);
    expect(isGoneRefusal('notFound')).toBe(true);
    expect(isGoneRefusal('rateLimited')).toBe(false);
  });

  it('asks an approve link’s guest for the emailed code only while it is pending', () => {
    expect(needsEmailConfirmation(session({ emailConfirmationPending: true }))).toBe(true);
    expect(
      needsEmailConfirmation(session({ emailConfirmationPending: true, emailConfirmed: true })),
    ).toBe(false);
    expect(needsEmailConfirmation(session())).toBe(false);
  });

  it('tells a calendar link from a document link', () => {
    expect(isCalendar('CALENDAR')).toBe(true);
    expect(isCalendar('DOCUMENT')).toBe(false);
    expect(isCalendar('REPORT')).toBe(false);
    expect(isReport('REPORT')).toBe(true);
    expect(isReport('CALENDAR')).toBe(false);
  });

  it('lets comment and approve links comment, a view link only read the external threads', () => {
    expect(guestOf({ capability: 'VIEW' })).toEqual({ canComment: false });
    expect(guestOf({ capability: 'COMMENT' })).toEqual({ canComment: true });
    expect(guestOf({ capability: 'APPROVE' })).toEqual({ canComment: true });
    // The same object each time: the kind's memoised editor is not rendered again per poll.
    expect(guestOf({ capability: 'COMMENT' })).toBe(guestOf({ capability: 'COMMENT' }));
  });
});
