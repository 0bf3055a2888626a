import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanFlight } from '../calendar-events';
import type { TimeAdjustment } from './use-calendar';

export interface CalendarNotice {
  id: number;
  tone: 'error' | 'warning' | 'info';
  text: string;
}

/** Most notices on screen at once (the oldest go first). */
const MAX_NOTICES = 3;

/**
 * The calendar's messages: a refused move (it snapped back), a publish time the brand's zone
 * skips or repeats (and where it went), a date outside the media plan's flight.
 */
export function useCalendarNotices() {
  const { t } = useTranslation();
  const [items, setItems] = useState<CalendarNotice[]>([]);
  const next = useRef(1);

  const push = useCallback((tone: CalendarNotice['tone'], text: string) => {
    const id = next.current++;
    setItems((current) => [...current, { id, tone, text }].slice(-MAX_NOTICES));
  }, []);

  const refusalText = useCallback(
    (code: string) => {
      switch (code) {
        case 'FORBIDDEN':
          return t('calendar.refused.forbidden');
        case 'POST_ARCHIVED':
          return t('calendar.refused.archived');
        case 'NOT_FOUND':
          return t('calendar.refused.notFound');
        case 'VALIDATION':
          return t('calendar.refused.validation');
        case 'NETWORK':
          return t('calendar.refused.network');
        default:
          return t('calendar.refused.other');
      }
    },
    [t],
  );

  const adjustmentText = useCallback(
    (adjustment: TimeAdjustment) =>
      t(adjustment.kind === 'GAP' ? 'calendar.adjusted.gap' : 'calendar.adjusted.overlap', {
        requested: adjustment.requested.replace('T', ' '),
        resolved: adjustment.resolved.replace('T', ' '),
        offset: adjustment.offset,
      }),
    [t],
  );

  return useMemo(
    () => ({
      items,
      dismiss: (id: number) => setItems((current) => current.filter((item) => item.id !== id)),
      refusalText,
      refused: (title: string, code: string) =>
        push('error', t('calendar.refused.moveNotDone', { title, reason: refusalText(code) })),
      moved: (title: string, adjustment: TimeAdjustment | null) => {
        if (adjustment) push('info', `${title}: ${adjustmentText(adjustment)}`);
      },
      created: (title: string, adjustment: TimeAdjustment | null) => {
        push('info', t('calendar.create.done', { title }));
        if (adjustment) push('info', `${title}: ${adjustmentText(adjustment)}`);
      },
      outsideFlight: (title: string, flight: PlanFlight) =>
        push(
          'warning',
          t('calendar.outsideFlightMoved', {
            title,
            start: flight.flightStart,
            end: flight.flightEnd,
          }),
        ),
    }),
    [items, push, refusalText, adjustmentText, t],
  );
}
