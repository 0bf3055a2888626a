import type { CalendarPost } from '../calendar-events';

/** A calendar post for tests: a draft at 2027-03-10 10:00 in Ho Chi Minh City. */
export function buildCalendarPost(overrides: Partial<CalendarPost> = {}): CalendarPost {
  return {
    __typename: 'Post',
    id: 'post-1',
    brandId: 'brand-1',
    title: 'Lotus tea tasting',
    networks: ['INSTAGRAM'],
    publishAt: '2027-03-10T03:00:00.000Z',
    publishAtLocal: '2027-03-10T10:00',
    timeZone: 'Asia/Ho_Chi_Minh',
    format: 'IMAGE',
    category: {
      __typename: 'PostCategory',
      id: 'cat-fun',
      name: 'Entertainment',
      key: 'entertainment',
      color: 'grape',
      promotional: false,
    },
    promotional: false,
    goalId: null,
    mediaPlanId: null,
    mediaPlanRowId: null,
    assignee: null,
    status: 'DRAFT',
    approvalState: 'NONE',
    approvalFlagged: false,
    archived: false,
    canEdit: true,
    updatedAt: '2027-03-01T00:00:00.000Z',
    openThreadCount: 0,
    ...overrides,
  };
}
