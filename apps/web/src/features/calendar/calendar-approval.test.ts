import { approvalStateOf, isLateForApproval, matchesApproval } from './calendar-approval';
import { postToEvent, type CalendarEventProps } from './calendar-events';
import { EMPTY_FILTER, filterFromSearch, filterPosts, filterToSearch } from './calendar-filter';
import { eventNodes } from './event-nodes';
import { buildCalendarPost } from './testing/build-post';

// Under review and scheduled: the server flags it (it would go out unapproved).
const flagged = buildCalendarPost({
  id: 'flagged',
  status: 'IN_REVIEW',
  approvalState: 'PENDING',
  approvalFlagged: true,
});
const sentBack = buildCalendarPost({
  id: 'sent-back',
  status: 'READY',
  approvalState: 'CHANGES_REQUESTED',
});
const approved = buildCalendarPost({
  id: 'approved',
  status: 'SCHEDULED',
  approvalState: 'APPROVED',
});
const free = buildCalendarPost({ id: 'free', status: 'SCHEDULED' });
const posts = [flagged, sentBack, approved, free];

const labels = {
  outsideFlight: 'Outside its media plan’s flight',
  approval: 'In review',
  lateForApproval: 'Scheduled but not approved: it would go out unapproved',
  openThreads: (count: number) => `Open comment threads: ${count}`,
};
const options = { colorBy: 'status' as const, flights: new Map(), canEdit: true };
const ids = (list: { id: string }[]) => list.map((post) => post.id);

describe('approval on the calendar', () => {
  it('reads the approval state the server answers, whatever the post status says', () => {
    expect(approvalStateOf(flagged)).toBe('PENDING');
    expect(approvalStateOf(sentBack)).toBe('CHANGES_REQUESTED');
    // Approved, then scheduled: still approved.
    expect(approvalStateOf(approved)).toBe('APPROVED');
    expect(approvalStateOf(free)).toBe('NONE');
  });

  it('flags what the server flags, except an archived post', () => {
    expect(isLateForApproval(flagged)).toBe(true);
    expect(isLateForApproval(approved)).toBe(false);
    expect(isLateForApproval({ ...flagged, archived: true })).toBe(false);
    expect(matchesApproval(flagged, 'LATE')).toBe(true);
    expect(matchesApproval(sentBack, 'LATE')).toBe(false);
  });

  it('filters by approval state and by "scheduled, not approved", and keeps it in the address', () => {
    expect(ids(filterPosts(posts, { ...EMPTY_FILTER, approvals: ['APPROVED'] }))).toEqual([
      'approved',
    ]);
    expect(
      ids(filterPosts(posts, { ...EMPTY_FILTER, approvals: ['CHANGES_REQUESTED', 'NONE'] })),
    ).toEqual(['sent-back', 'free']);
    expect(ids(filterPosts(posts, { ...EMPTY_FILTER, approvals: ['LATE'] }))).toEqual(['flagged']);
    // Combined with another filter, both must hold.
    expect(
      ids(filterPosts(posts, { ...EMPTY_FILTER, approvals: ['APPROVED'], statuses: ['READY'] })),
    ).toEqual([]);

    const search = filterToSearch(
      { ...EMPTY_FILTER, approvals: ['LATE', 'APPROVED'] },
      new URLSearchParams(),
    );
    expect(search.get('approvals')).toBe('LATE,APPROVED');
    search.set('approvals', 'LATE,BOGUS');
    expect(filterFromSearch(search, { networks: [], statuses: [] }).approvals).toEqual(['LATE']);
  });

  it('marks the event with its approval state and the flag, for the eye and screen readers', () => {
    const event = postToEvent(flagged, options);
    expect(event?.classNames).toEqual([
      'chorus-post-in_review',
      'chorus-approval-pending',
      'chorus-approval-late',
    ]);
    const props = event?.extendedProps as CalendarEventProps;
    const [node] = eventNodes(props, '10:00', labels).domNodes as HTMLElement[];
    expect(node!.dataset.approval).toBe('PENDING');
    const mark = node!.querySelector('[data-testid="approval-mark"]');
    expect(mark?.getAttribute('aria-label')).toBe('In review');
    expect(mark?.textContent).toBe('⏳ ');
    expect(
      node!.querySelector('[data-testid="late-for-approval"]')?.getAttribute('aria-label'),
    ).toBe(labels.lateForApproval);

    const plain = postToEvent(free, options);
    expect(plain?.classNames).toEqual(['chorus-post-scheduled', 'chorus-approval-none']);
    const [drawn] = eventNodes(plain?.extendedProps as CalendarEventProps, '', labels)
      .domNodes as HTMLElement[];
    expect(drawn!.querySelector('[data-testid="approval-mark"]')).toBeNull();
    expect(drawn!.querySelector('[data-testid="late-for-approval"]')).toBeNull();
  });
});
