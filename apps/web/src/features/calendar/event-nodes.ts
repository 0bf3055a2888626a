import type { CalendarEventProps } from './calendar-events';

/**
 * A post's event in the month and week grids as plain DOM nodes: time, a warning mark when
 * it is outside its media plan's flight, and the title. Built with `textContent` (never
 * HTML) and without React, because FullCalendar draws every event of a month — also those
 * behind "+N more" — and a React portal per event made a month of 1,000 posts take seconds.
 */
export function eventNodes(
  props: CalendarEventProps,
  timeText: string,
  outsideFlightLabel: string,
): { domNodes: Node[] } {
  const root = document.createElement('div');
  root.className = 'chorus-calendar-event';
  root.dataset.postId = props.post.id;
  root.title = timeText ? `${timeText} ${props.post.title}` : props.post.title;
  if (timeText) {
    const time = document.createElement('b');
    time.className = 'chorus-calendar-event-time';
    time.textContent = timeText;
    root.append(time, ' ');
  }
  if (props.outsideFlight) {
    const warning = document.createElement('span');
    warning.setAttribute('role', 'img');
    warning.setAttribute('aria-label', outsideFlightLabel);
    warning.title = outsideFlightLabel;
    warning.dataset.testid = 'outside-flight';
    warning.textContent = '⚠ ';
    root.append(warning);
  }
  const title = document.createElement('span');
  title.className = 'chorus-calendar-event-title';
  title.dir = 'auto';
  title.textContent = props.post.title;
  root.append(title);
  return { domNodes: [root] };
}
