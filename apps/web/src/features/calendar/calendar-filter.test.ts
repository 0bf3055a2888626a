import {
  EMPTY_FILTER,
  NONE,
  activeFilterCount,
  assigneesOf,
  filterFromSearch,
  filterPosts,
  filterToSearch,
  matchesFilter,
  mediaPlanIdsOf,
} from './calendar-filter';
import { buildCalendarPost } from './testing/build-post';

const tasting = buildCalendarPost({
  id: 'tasting',
  networks: ['INSTAGRAM', 'FACEBOOK'],
  status: 'DRAFT',
  goalId: 'goal-club',
  mediaPlanId: 'plan-1',
  mediaPlanRowId: 'row-ig',
  assignee: { __typename: 'PostPerson', id: 'taras', displayName: 'Taras' },
});
const launch = buildCalendarPost({
  id: 'launch',
  networks: ['X'],
  status: 'SCHEDULED',
  category: null,
  goalId: null,
  mediaPlanId: 'plan-2',
  mediaPlanRowId: 'row-x',
  assignee: { __typename: 'PostPerson', id: 'an', displayName: 'An' },
});
const quiz = buildCalendarPost({ id: 'quiz', networks: ['FACEBOOK'], status: 'READY' });
const posts = [tasting, launch, quiz];

describe('calendar filters', () => {
  it('shows every post when no filter is set', () => {
    expect(filterPosts(posts, EMPTY_FILTER).map((post) => post.id)).toEqual([
      'tasting',
      'launch',
      'quiz',
    ]);
    expect(activeFilterCount(EMPTY_FILTER)).toBe(0);
  });

  it('keeps posts going to any of the chosen networks', () => {
    const filter = { ...EMPTY_FILTER, networks: ['FACEBOOK' as const] };
    expect(filterPosts(posts, filter).map((post) => post.id)).toEqual(['tasting', 'quiz']);
  });

  it('combines filters: every filter must pass, any value within one', () => {
    const filter = {
      ...EMPTY_FILTER,
      networks: ['FACEBOOK' as const, 'X' as const],
      statuses: ['SCHEDULED' as const, 'READY' as const],
    };
    expect(filterPosts(posts, filter).map((post) => post.id)).toEqual(['launch', 'quiz']);
    expect(activeFilterCount(filter)).toBe(2);
  });

  it('filters by category, goal, media-plan row and assignee, with "none" for posts without one', () => {
    expect(matchesFilter(launch, { ...EMPTY_FILTER, categoryIds: [NONE] })).toBe(true);
    expect(matchesFilter(tasting, { ...EMPTY_FILTER, categoryIds: [NONE] })).toBe(false);
    expect(matchesFilter(tasting, { ...EMPTY_FILTER, categoryIds: ['cat-fun'] })).toBe(true);
    expect(matchesFilter(tasting, { ...EMPTY_FILTER, goalIds: ['goal-club'] })).toBe(true);
    expect(matchesFilter(quiz, { ...EMPTY_FILTER, goalIds: ['goal-club'] })).toBe(false);
    expect(matchesFilter(quiz, { ...EMPTY_FILTER, goalIds: [NONE] })).toBe(true);
    expect(matchesFilter(launch, { ...EMPTY_FILTER, mediaPlanRowIds: ['row-x'] })).toBe(true);
    expect(matchesFilter(tasting, { ...EMPTY_FILTER, mediaPlanRowIds: ['row-x'] })).toBe(false);
    expect(matchesFilter(tasting, { ...EMPTY_FILTER, assigneeIds: ['taras'] })).toBe(true);
    expect(matchesFilter(quiz, { ...EMPTY_FILTER, assigneeIds: ['taras', NONE] })).toBe(true);
    expect(matchesFilter(launch, { ...EMPTY_FILTER, assigneeIds: ['taras'] })).toBe(false);
  });

  it('writes the filter into the address and reads it back, dropping unknown networks and statuses', () => {
    const filter = {
      ...EMPTY_FILTER,
      networks: ['X' as const, 'INSTAGRAM' as const],
      statuses: ['DRAFT' as const],
      assigneeIds: ['taras'],
    };
    const search = filterToSearch(filter, new URLSearchParams('view=listMonth&networks=VK'));
    expect(search.toString()).toBe(
      'view=listMonth&networks=X%2CINSTAGRAM&statuses=DRAFT&assigneeIds=taras',
    );
    const known = { networks: ['X', 'INSTAGRAM'], statuses: ['DRAFT', 'READY'] };
    expect(filterFromSearch(search, known)).toEqual(filter);
    expect(
      filterFromSearch(new URLSearchParams('networks=MYSPACE,X&statuses=LOST'), known),
    ).toEqual({ ...EMPTY_FILTER, networks: ['X'] });
  });

  it('lists the assignees of the posts by name and the media plans they belong to', () => {
    expect(assigneesOf(posts, 'en')).toEqual([
      { id: 'an', displayName: 'An' },
      { id: 'taras', displayName: 'Taras' },
    ]);
    expect(mediaPlanIdsOf(posts)).toEqual(['plan-1', 'plan-2']);
  });
});
