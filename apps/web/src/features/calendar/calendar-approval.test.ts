import { approvalStateOf, isLateForApproval, matchesApproval } from './calendar-approval';
import { postToEvent, type CalendarEventProps } from './calendar-events';
import { EMPTY_FILTER, filterFromSearch, filterPosts, filterToSearch } from './calendar-filter';
import { eventNodes } from './event-nodes';
import { buildCalendarPost } from './testing/build-post';

// The posts publish on 2027-03-10 03:00 UTC.
const BEFORE = Date.parse('2027-03-09T00:00:00Z');
const AFTER = Date.parse('2027-03-11T00:00:00Z');

const inReview = buildCalendarPost({ id: 'in-review', status: 'IN_REVIEW' });
const approved = buildCalendarPost({ id: 'approved', status: 'APPROVED' });
const draft = buildCalendarPost({ id: 'draft', status: 'DRAFT' });
const posts = [inReview, approved, draft];

const labels = {
  outsideFlight: 'Outside its media plan’s flight',
  approval: 'In review',
  lateForApproval: 'Not approved by its publish time',
};

describe('approval on the calendar', () => {
  it('reads the approval state from the post: in review is pending, approved is approved, the rest none', () => {
    expect(approvalStateOf(inReview)).toBe('PENDING');
    expect(approvalStateOf(approved)).toBe('APPROVED');
    expect(approvalStateOf(draft)).toBe('NONE');
    expect(approvalStateOf(buildCalendarPost({ status: 'SCHEDULED' }))).toBe('NONE');
  });

  it('flags a post under review once its publish time has come, never an approved or unscheduled one', () => {
    expect(isLateForApproval(inReview, BEFORE)).toBe(false);
    expect(isLateForApproval(inReview, AFTER)).toBe(true);
    expect(isLateForApproval(approved, AFTER)).toBe(false);
    expect(isLateForApproval(draft, AFTER)).toBe(false);
    expect(isLateForApproval({ ...inReview, publishAt: null }, AFTER)).toBe(false);
    expect(isLateForApproval({ ...inReview, archived: true }, AFTER)).toBe(false);
    expect(matchesApproval(inReview, 'LATE', AFTER)).toBe(true);
  });

  it('filters by approval state and by "not approved in time", and keeps it in the address', () => {
    const ids = (list: { id: string }[]) => list.map((post) => post.id);
    expect(ids(filterPosts(posts, { ...EMPTY_FILTER, approvals: ['APPROVED'] }, AFTER))).toEqual([
      'approved',
    ]);
    expect(
      ids(filterPosts(posts, { ...EMPTY_FILTER, approvals: ['PENDING', 'NONE'] }, AFTER)),
    ).toEqual(['in-review', 'draft']);
    expect(ids(filterPosts(posts, { ...EMPTY_FILTER, approvals: ['LATE'] }, BEFORE))).toEqual([]);
    expect(ids(filterPosts(posts, { ...EMPTY_FILTER, approvals: ['LATE'] }, AFTER))).toEqual([
      'in-review',
    ]);

    const search = filterToSearch(
      { ...EMPTY_FILTER, approvals: ['LATE', 'APPROVED'] },
      new URLSearchParams(),
    );
    expect(search.get('approvals')).toBe('LATE,APPROVED');
    search.set('approvals', 'LATE,BOGUS');
    expect(filterFromSearch(search, { networks: [], statuses: [] }).approvals).toEqual(['LATE']);
  });

  it('marks the event with its approval state and the late flag, for the eye and screen readers', () => {
    const event = postToEvent(inReview, {
      colorBy: 'status',
      flights: new Map(),
      canEdit: true,
      now: AFTER,
    });
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
    ).toBe('Not approved by its publish time');

    const plain = postToEvent(draft, { colorBy: 'status', flights: new Map(), canEdit: true });
    const [drawn] = eventNodes(plain?.extendedProps as CalendarEventProps, '', labels)
      .domNodes as HTMLElement[];
    expect(drawn!.querySelector('[data-testid="approval-mark"]')).toBeNull();
    expect(drawn!.querySelector('[data-testid="late-for-approval"]')).toBeNull();
  });
});
