import {
  isOutsideFlight,
  postToEvent,
  postWallClock,
  postsToEvents,
  wallClock,
  zonedWallClock,
  type CalendarEventProps,
  type EventOptions,
} from './calendar-events';
import { buildCalendarPost } from './testing/build-post';

const options: EventOptions = { colorBy: 'category', flights: new Map(), canEdit: true };

describe('posts as calendar events in the brand time zone', () => {
  it("places a post at its local time on the brand's clock, whatever the reader's zone", () => {
    const event = postToEvent(buildCalendarPost(), options)!;
    expect(event.start).toBe('2027-03-10T10:00');
    expect(event.allDay).toBe(false);
    expect(event.title).toBe('Lotus tea tasting');
    expect(event.editable).toBe(true);
    expect(event.backgroundColor).toBe('var(--mantine-color-grape-1)');
  });

  it('derives the local time from the instant and zone when the server gave none', () => {
    // 01:30 UTC on the last Sunday of March 2027: 03:30 in Kyiv, already summer time (+03:00).
    const post = buildCalendarPost({
      publishAtLocal: null,
      publishAt: '2027-03-28T01:30:00.000Z',
      timeZone: 'Europe/Kyiv',
    });
    expect(postWallClock(post)).toBe('2027-03-28T04:30');
    // The hour before the change is still winter time (+02:00).
    expect(zonedWallClock(new Date('2027-03-28T00:30:00Z'), 'Europe/Kyiv')).toBe(
      '2027-03-28T02:30',
    );
    expect(zonedWallClock(new Date('2027-03-10T03:00:00Z'), 'Asia/Ho_Chi_Minh')).toBe(
      '2027-03-10T10:00',
    );
  });

  it('shows the publish time as the server resolved it in a DST gap, not as asked', () => {
    // Asked for 03:30 on the spring-forward night in Kyiv; the server scheduled 04:30.
    const post = buildCalendarPost({
      publishAtLocal: '2027-03-28T04:30',
      publishAt: '2027-03-28T01:30:00.000Z',
      timeZone: 'Europe/Kyiv',
    });
    expect(postToEvent(post, options)!.start).toBe('2027-03-28T04:30');
  });

  it('reads a drop back as a local date-time the server resolves in the brand zone', () => {
    expect(wallClock(new Date('2027-03-12T10:00:00Z'))).toBe('2027-03-12T10:00');
  });

  it('leaves posts without a publish time off the calendar', () => {
    const unplanned = buildCalendarPost({ id: 'later', publishAt: null, publishAtLocal: null });
    expect(postToEvent(unplanned, options)).toBeNull();
    expect(postsToEvents([unplanned, buildCalendarPost()], options).map((e) => e.id)).toEqual([
      'post-1',
    ]);
  });

  it('lets nobody drag a post they may not change, or an archived one', () => {
    expect(postToEvent(buildCalendarPost({ canEdit: false }), options)!.editable).toBe(false);
    expect(postToEvent(buildCalendarPost({ archived: true }), options)!.editable).toBe(false);
    expect(postToEvent(buildCalendarPost(), { ...options, canEdit: false })!.editable).toBe(false);
  });

  it("marks a post outside its media plan's flight", () => {
    const flights = new Map([['plan-1', { flightStart: '2027-03-01', flightEnd: '2027-03-09' }]]);
    const post = buildCalendarPost({ mediaPlanId: 'plan-1' });
    const props = postToEvent(post, { ...options, flights })!.extendedProps as CalendarEventProps;
    expect(props.outsideFlight).toBe(true);
    expect(props.post).toBe(post);
    expect(isOutsideFlight('2027-03-09', flights.get('plan-1'))).toBe(false);
    expect(isOutsideFlight('2027-02-28', flights.get('plan-1'))).toBe(true);
    expect(isOutsideFlight('2027-02-28', undefined)).toBe(false);
  });
});
