import { Badge, Button, Group, Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import { forwardRef, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../ui';
import type { ResolvedAnchor } from '../anchors/anchor-range';
import type { CommentThreadView } from '../model';
import { anchorLabel } from './anchor-label';
import { CommentComposer } from './CommentComposer';
import { CommentItem } from './CommentItem';
import { useCommentsContext } from './comments-context';
import { useCommentProblemText } from './use-comment-problem-text';

export interface CommentThreadCardProps {
  thread: CommentThreadView;
  /** Where its text anchor is now (strategy and post texts); undefined elsewhere. */
  resolved?: ResolvedAnchor;
  /** The focused thread shows every comment and the reply box. */
  active: boolean;
  onActivate: (threadId: string | null) => void;
  style?: CSSProperties;
}

/**
 * A thread: where it is (the quoted text, "on deleted text", a cell, the post), internal or
 * external, escalation topics, its comments and — when focused — replies and resolve/reopen.
 */
export const CommentThreadCard = forwardRef<HTMLDivElement, CommentThreadCardProps>(
  function CommentThreadCard({ thread, resolved, active, onActivate, style }, ref) {
    const { t } = useTranslation();
    const { actions, capability, candidates, templates, describe } = useCommentsContext();
    const problemText = useCommentProblemText();
    const [error, setError] = useState<string | null>(null);
    const [first] = thread.comments;
    // A preview carries its first comment only: the count says how many more there are.
    const moreReplies = Math.max(0, thread.commentCount - 1);
    const starter = first?.author.userId ?? null;
    const mayResolve =
      !capability.isGuest &&
      (Boolean(capability.canModerate) || (starter !== null && starter === capability.userId));
    const resolvedThread = thread.status === 'RESOLVED';
    const shown = active ? thread.comments : first ? [first] : [];
    const run = (action: () => Promise<unknown>) => {
      setError(null);
      action().catch((failure: unknown) => setError(problemText(failure)));
    };

    return (
      <Paper
        ref={ref}
        withBorder
        p="xs"
        className="comment-thread"
        data-active={active || undefined}
        data-testid="comment-thread"
        data-thread-id={thread.id}
        data-status={thread.status}
        style={style}
        onFocusCapture={() => !active && onActivate(thread.id)}
      >
        <Stack gap={6}>
          <UnstyledButton
            onClick={() => onActivate(active ? null : thread.id)}
            aria-expanded={active}
            className="comment-thread__heading"
          >
            <Text
              size="xs"
              c="dimmed"
              dir="auto"
              lineClamp={active ? undefined : 2}
              data-testid="comment-anchor-label"
            >
              {anchorLabel(t, thread.anchor, resolved, describe)}
            </Text>
          </UnstyledButton>
          <Group gap={4}>
            {!capability.isGuest && (
              <Badge
                size="xs"
                variant="outline"
                color={thread.visibility === 'EXTERNAL' ? 'orange.9' : 'gray.9'}
              >
                {t(`comments.visibility.${thread.visibility}`)}
              </Badge>
            )}
            {resolvedThread && (
              <Badge size="xs" variant="outline" color="green.9">
                {thread.resolvedByName
                  ? t('comments.resolvedBy', { name: thread.resolvedByName })
                  : t('comments.resolved')}
              </Badge>
            )}
            {thread.escalationTopics.length > 0 && (
              <Badge size="xs" color="red" variant="filled" data-testid="comment-escalation">
                {t('comments.escalation', { topics: thread.escalationTopics.join(', ') })}
              </Badge>
            )}
          </Group>
          {shown.map((comment) => (
            <CommentItem key={comment.id} comment={comment} />
          ))}
          {!active && moreReplies > 0 && (
            <UnstyledButton onClick={() => onActivate(thread.id)}>
              <Text size="xs" c="blue.8">
                {t('comments.moreReplies', { count: moreReplies })}
              </Text>
            </UnstyledButton>
          )}
          {active && capability.canComment && (
            <CommentComposer
              candidates={capability.isGuest ? [] : candidates}
              templates={capability.canModerate ? templates : []}
              templateValues={{
                name: first?.author.name ?? '',
                author: first?.author.name ?? '',
                client: first?.author.name ?? '',
              }}
              submitLabel={t('comments.reply')}
              placeholder={t('comments.replyPlaceholder')}
              onSubmit={(draft) => actions.reply(thread.id, draft)}
            />
          )}
          {active && mayResolve && (
            <Group justify="flex-end">
              <Button
                size="compact-xs"
                variant="default"
                onClick={() =>
                  run(() =>
                    resolvedThread ? actions.reopen(thread.id) : actions.resolve(thread.id),
                  )
                }
              >
                {resolvedThread ? t('comments.actions.reopen') : t('comments.actions.resolve')}
              </Button>
            </Group>
          )}
          {error && <FormAlert message={error} />}
        </Stack>
      </Paper>
    );
  },
);
