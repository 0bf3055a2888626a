import type {
  DatesSetArg,
  EventClickArg,
  EventContentArg,
  EventDropArg,
  EventInput,
} from '@fullcalendar/core';
import faLocale from '@fullcalendar/core/locales/fa';
import heLocale from '@fullcalendar/core/locales/he';
import thLocale from '@fullcalendar/core/locales/th';
import ukLocale from '@fullcalendar/core/locales/uk';
import viLocale from '@fullcalendar/core/locales/vi';
import dayGridPlugin from '@fullcalendar/daygrid';
import interactionPlugin, { type DateClickArg } from '@fullcalendar/interaction';
import listPlugin from '@fullcalendar/list';
import FullCalendar from '@fullcalendar/react';
import timeGridPlugin from '@fullcalendar/timegrid';
import { Box } from '@mantine/core';
import { memo, useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import {
  wallClock,
  wallDay,
  zonedWallClock,
  type CalendarEventProps,
  type CalendarPost,
} from '../calendar-events';
import { isRightToLeft } from '../calendar-locale';
import { eventNodes } from '../event-nodes';
import type { CalendarRange } from '../hooks/use-calendar';
import { ListEventContent } from './ListEventContent';

const plugins = [dayGridPlugin, timeGridPlugin, listPlugin, interactionPlugin];
const locales = [heLocale, faLocale, ukLocale, viLocale, thLocale];

/** The views the calendar offers. */
export const CALENDAR_VIEWS = ['dayGridMonth', 'timeGridWeek', 'listMonth'] as const;
export type CalendarViewName = (typeof CALENDAR_VIEWS)[number];

export interface CalendarViewProps {
  events: EventInput[];
  /** The view and the day it opens at (a shared address may carry them). */
  initialView: CalendarViewName;
  initialDate: string | undefined;
  /** The reader's first day of the week, 0 Sunday … 6 Saturday. */
  firstDay: number;
  timeZone: string;
  canEdit: boolean;
  onRange: (range: CalendarRange) => void;
  /** A drop: the post and its new local date-time; answer false to snap it back. */
  onMove: (post: CalendarPost, publishAt: string) => Promise<boolean>;
  onCreateAt: (publishAt: string) => void;
  onOpen: (post: CalendarPost) => void;
  /** Called once the events of a new answer are on screen (render time in the browser test). */
  onRendered: () => void;
}

/**
 * The month, week and list views (FullCalendar, ADR 0021) on the brand's clock: the calendar
 * runs in UTC and is given the brand's local times (see `calendar-events.ts`), so a drop
 * answers the local date-time the server resolves in the brand's zone.
 */
function CalendarViewInner({
  events,
  initialView,
  initialDate,
  firstDay,
  timeZone,
  canEdit,
  onRange,
  onMove,
  onCreateAt,
  onOpen,
  onRendered,
}: CalendarViewProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const rtl = isRightToLeft(language);

  const root = useRef<HTMLDivElement>(null);
  // The toolbar's chevrons are drawn as role="img" without a name; the buttons around them
  // are named (buttonHints), so the icons are decoration. FullCalendar draws them in its own
  // mount and update, before this effect runs.
  useEffect(() => {
    root.current
      ?.querySelectorAll('.fc-icon')
      .forEach((icon) => icon.setAttribute('aria-hidden', 'true'));
  });
  const datesSet = useCallback(
    (arg: DatesSetArg) => onRange({ from: wallDay(arg.start), to: wallDay(arg.end) }),
    [onRange],
  );

  const eventDrop = useCallback(
    (arg: EventDropArg) => {
      const { post } = eventProps(arg);
      const start = arg.event.start;
      if (!start) {
        arg.revert();
        return;
      }
      onMove(post, wallClock(start))
        .then((moved) => {
          if (!moved) arg.revert();
        })
        .catch(() => arg.revert());
    },
    [onMove],
  );

  const dateClick = useCallback(
    (arg: DateClickArg) => {
      if (!canEdit) return;
      // A day in the month grid has no time: posts go out at 09:00 unless the week view says.
      onCreateAt(arg.allDay ? `${wallDay(arg.date)}T09:00` : wallClock(arg.date));
    },
    [canEdit, onCreateAt],
  );

  const eventClick = useCallback(
    (arg: EventClickArg) => {
      // The list view's date field sits inside the event: typing there is not opening it.
      if (arg.jsEvent.target instanceof HTMLInputElement) return;
      if (arg.event.display === 'background') return; // a suggested hour, not a post
      arg.jsEvent.preventDefault();
      onOpen((arg.event.extendedProps as CalendarEventProps).post);
    },
    [onOpen],
  );

  const outsideFlightLabel = t('calendar.outsideFlight');
  const lateLabel = t('approvalFlows.calendar.late');
  const eventContent = useCallback(
    (arg: EventContentArg) =>
      // A suggested hour (a background tint) shows no text; the list needs a date field
      // (React); the grids draw plain nodes, fast for busy months.
      arg.event.display === 'background' ? (
        { html: '' }
      ) : arg.view.type.startsWith('list') ? (
        <ListEventContent
          arg={arg}
          canEdit={canEdit}
          onMove={onMove}
          onOpen={onOpen}
          timeZone={timeZone}
        />
      ) : (
        eventNodes(eventProps(arg), arg.timeText, {
          outsideFlight: outsideFlightLabel,
          approval: t(`approvalFlows.calendar.states.${eventProps(arg).approval}`),
          lateForApproval: lateLabel,
          openThreads: (count) => t('comments.openCount', { count }),
        })
      ),
    [canEdit, onMove, onOpen, timeZone, outsideFlightLabel, lateLabel, t],
  );

  const eventsSet = useCallback(() => {
    // After the frame that draws them.
    requestAnimationFrame(() => setTimeout(onRendered, 0));
  }, [onRendered]);

  return (
    <Box
      ref={root}
      className="chorus-calendar"
      data-testid="content-calendar"
      dir={rtl ? 'rtl' : 'ltr'}
    >
      <FullCalendar
        plugins={plugins}
        locales={locales}
        locale={language}
        direction={rtl ? 'rtl' : 'ltr'}
        firstDay={firstDay}
        timeZone="UTC"
        now={() => zonedWallClock(new Date(), timeZone)}
        initialView={initialView}
        initialDate={initialDate}
        headerToolbar={{
          start: 'prev,next today',
          center: 'title',
          end: 'dayGridMonth,timeGridWeek,listMonth',
        }}
        buttonText={{
          today: t('calendar.view.today'),
          month: t('calendar.view.month'),
          week: t('calendar.view.week'),
          list: t('calendar.view.list'),
        }}
        buttonHints={{
          prev: t('calendar.view.previous'),
          next: t('calendar.view.next'),
        }}
        height="auto"
        // A few posts per day and "+N more": a busy month stays readable and quick to draw.
        dayMaxEvents={4}
        eventMaxStack={3}
        eventDisplay="block"
        nowIndicator
        eventTimeFormat={{ hour: '2-digit', minute: '2-digit', hour12: false }}
        slotLabelFormat={{ hour: '2-digit', minute: '2-digit', hour12: false }}
        defaultTimedEventDuration="00:30"
        snapDuration="00:15"
        events={events}
        editable={canEdit}
        eventDurationEditable={false}
        eventStartEditable={canEdit}
        datesSet={datesSet}
        eventDrop={eventDrop}
        dateClick={dateClick}
        eventClick={eventClick}
        eventContent={eventContent}
        eventsSet={eventsSet}
        dayCellDidMount={nameDayByContent}
      />
    </Box>
  );
}

/**
 * A month cell is labelled by its day number only, so its posts are not part of its name
 * (axe: label-content-name-mismatch); without the label it is named by all it shows.
 */
function eventProps(arg: { event: { extendedProps: unknown } }): CalendarEventProps {
  return arg.event.extendedProps as CalendarEventProps;
}

function nameDayByContent({ el }: { el: HTMLElement }) {
  el.removeAttribute('aria-labelledby');
}

export const CalendarView = memo(CalendarViewInner);
