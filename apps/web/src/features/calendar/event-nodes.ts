import { APPROVAL_MARKS } from './calendar-approval';
import type { CalendarEventProps } from './calendar-events';

/** The words the event's marks carry for screen readers and tooltips. */
export interface EventLabels {
  outsideFlight: string;
  /** The approval state's name (empty for NONE). */
  approval: string;
  lateForApproval: string;
  /** "Open comment threads: N" (only used when there are some). */
  openThreads: (count: number) => string;
}

function mark(text: string, label: string, testId: string, className: string): HTMLElement {
  const node = document.createElement('span');
  node.setAttribute('role', 'img');
  node.setAttribute('aria-label', label);
  node.title = label;
  node.dataset.testid = testId;
  node.className = className;
  node.textContent = `${text} `;
  return node;
}

/**
 * A post's event in the month and week grids as plain DOM nodes: time, a warning mark when
 * it is outside its media plan's flight, and the title. Built with `textContent` (never
 * HTML) and without React, because FullCalendar draws every event of a month — also those
 * behind "+N more" — and a React portal per event made a month of 1,000 posts take seconds.
 */
export function eventNodes(
  props: CalendarEventProps,
  timeText: string,
  labels: EventLabels,
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
  if (props.lateForApproval) {
    root.append(mark('⚑', labels.lateForApproval, 'late-for-approval', 'chorus-approval-flag'));
  }
  if (props.approval !== 'NONE') {
    root.dataset.approval = props.approval;
    root.append(
      mark(
        APPROVAL_MARKS[props.approval],
        labels.approval,
        'approval-mark',
        'chorus-approval-mark',
      ),
    );
  }
  if (props.outsideFlight) {
    root.append(mark('⚠', labels.outsideFlight, 'outside-flight', ''));
  }
  if (props.post.openThreadCount > 0) {
    root.append(
      mark(
        `💬${props.post.openThreadCount}`,
        labels.openThreads(props.post.openThreadCount),
        'open-thread-count',
        'chorus-comment-count',
      ),
    );
  }
  const title = document.createElement('span');
  title.className = 'chorus-calendar-event-title';
  title.dir = 'auto';
  title.textContent = props.post.title;
  root.append(title);
  return { domNodes: [root] };
}
