import type { EventContentArg } from '@fullcalendar/core';
import { Anchor, Group, TextInput, Tooltip } from '@mantine/core';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { APPROVAL_MARKS } from '../calendar-approval';
import { postWallClock, type CalendarEventProps, type CalendarPost } from '../calendar-events';

export interface ListEventContentProps {
  arg: EventContentArg;
  canEdit: boolean;
  timeZone: string;
  onMove: (post: CalendarPost, publishAt: string) => Promise<boolean>;
  onOpen: (post: CalendarPost) => void;
}

/** One post in the list view: its title (opens it) and a date field to move it. */
export function ListEventContent({
  arg,
  canEdit,
  timeZone,
  onMove,
  onOpen,
}: ListEventContentProps) {
  const { t } = useTranslation();
  const { post, outsideFlight, approval, lateForApproval } = arg.event
    .extendedProps as CalendarEventProps;
  const approvalLabel = t(`approvalFlows.calendar.states.${approval}`);
  const warning = outsideFlight ? (
    <Tooltip label={t('calendar.outsideFlight')}>
      <span role="img" aria-label={t('calendar.outsideFlight')} data-testid="outside-flight">
        ⚠
      </span>
    </Tooltip>
  ) : null;

  return (
    <Group gap="sm" wrap="nowrap" justify="space-between" data-post-id={post.id}>
      <Anchor component="button" type="button" onClick={() => onOpen(post)} fw={500} ta="start">
        {lateForApproval && (
          <span
            role="img"
            aria-label={t('approvalFlows.calendar.late')}
            title={t('approvalFlows.calendar.late')}
            data-testid="late-for-approval"
          >
            ⚑{' '}
          </span>
        )}
        {approval !== 'NONE' && (
          <span
            role="img"
            aria-label={approvalLabel}
            title={approvalLabel}
            data-testid="approval-mark"
          >
            {APPROVAL_MARKS[approval]}{' '}
          </span>
        )}
        {warning}{' '}
        {post.openThreadCount > 0 && (
          <span
            role="img"
            aria-label={t('comments.openCount', { count: post.openThreadCount })}
            title={t('comments.openCount', { count: post.openThreadCount })}
            data-testid="open-thread-count"
          >
            💬{post.openThreadCount}{' '}
          </span>
        )}
        {post.title}
      </Anchor>
      {canEdit && post.canEdit && !post.archived && (
        <ListDateField post={post} timeZone={timeZone} onMove={onMove} />
      )}
    </Group>
  );
}

/** The list view's inline date: a local date-time field that moves the post on Enter or leaving it. */
function ListDateField({
  post,
  timeZone,
  onMove,
}: {
  post: CalendarPost;
  timeZone: string;
  onMove: (post: CalendarPost, publishAt: string) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const current = postWallClock(post) ?? '';
  const [value, setValue] = useState(current);
  const [editing, setEditing] = useState(false);
  const shown = editing ? value : current;

  const commit = () => {
    setEditing(false);
    if (value === '' || value === current) {
      setValue(current);
      return;
    }
    onMove(post, value)
      .then((moved) => {
        if (!moved) setValue(current);
      })
      .catch(() => setValue(current));
  };

  return (
    <TextInput
      type="datetime-local"
      size="xs"
      value={shown}
      aria-label={t('calendar.list.dateLabel', { title: post.title, timeZone })}
      onFocus={() => {
        setValue(current);
        setEditing(true);
      }}
      onChange={(event) => setValue(event.currentTarget.value)}
      onBlur={commit}
      onKeyDown={(event: KeyboardEvent<HTMLInputElement>) => {
        if (event.key === 'Enter') event.currentTarget.blur();
        if (event.key === 'Escape') {
          setValue(current);
          setEditing(false);
        }
      }}
      onClick={(event) => event.stopPropagation()}
    />
  );
}
