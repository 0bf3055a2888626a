import { Button, Group, Menu, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../ui';
import { REACTION_EMOJI, type CommentView } from '../model';
import { CommentBody } from './CommentBody';
import { CommentComposer } from './CommentComposer';
import { useCommentsContext } from './comments-context';
import { useCommentProblemText } from './use-comment-problem-text';

const formatTime = (iso: unknown, locale: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(String(iso)),
  );

/**
 * One comment: who wrote it and when ("edited" once changed), its text, its reactions, and
 * what the viewer may do with it — edit and delete their own, hide it (moderators).
 */
export function CommentItem({ comment }: { comment: CommentView }) {
  const { t, i18n } = useTranslation();
  const { actions, capability, candidates } = useCommentsContext();
  const problemText = useCommentProblemText();
  const [editing, setEditing] = useState(false);
  const [hiding, setHiding] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const locale = i18n.resolvedLanguage ?? 'en';
  const author = comment.author.name ?? t('comments.unknownAuthor');
  const mentionNames = candidates
    .filter((candidate) => comment.mentions.includes(candidate.id))
    .map((candidate) => candidate.name);
  const gone = comment.deleted || Boolean(comment.hiddenReason);

  const run = (action: () => Promise<unknown>) => {
    setError(null);
    action().catch((failure: unknown) => setError(problemText(failure)));
  };

  return (
    <Stack gap={4} data-testid="comment" data-comment-id={comment.id}>
      <Group gap={6} wrap="nowrap" justify="space-between">
        <Text size="xs" fw={600} truncate>
          {author}
          {comment.author.guest && (
            <Text span size="xs" c="dimmed" fw={400}>
              {' '}
              · {t('comments.guest')}
            </Text>
          )}
        </Text>
        <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
          <time dateTime={String(comment.createdAt)}>{formatTime(comment.createdAt, locale)}</time>
          {Boolean(comment.editedAt) && ` · ${t('comments.edited')}`}
        </Text>
      </Group>
      {comment.deleted ? (
        <Text size="sm" c="dimmed" fs="italic">
          {t('comments.deleted')}
        </Text>
      ) : comment.hiddenReason ? (
        <Stack gap={2}>
          <Text size="sm" c="dimmed" fs="italic">
            {t('comments.hidden', { reason: comment.hiddenReason })}
          </Text>
          {/* Moderators still receive the text of what they hid. */}
          {comment.body && <CommentBody body={comment.body} mentionNames={mentionNames} />}
        </Stack>
      ) : editing ? (
        <CommentComposer
          candidates={capability.isGuest ? [] : candidates}
          initialBody={comment.body}
          initialMentions={comment.mentions}
          submitLabel={t('comments.save')}
          placeholder={t('comments.placeholder')}
          autoFocus
          onCancel={() => setEditing(false)}
          onSubmit={async (draft) => {
            await actions.edit(comment.id, draft);
            setEditing(false);
          }}
        />
      ) : (
        <CommentBody body={comment.body} mentionNames={mentionNames} />
      )}
      {!gone && !editing && (
        <Group gap={4}>
          {comment.reactions.map((reaction) => (
            <UnstyledButton
              key={reaction.emoji}
              className="comment-reaction"
              data-mine={reaction.mine || undefined}
              aria-pressed={reaction.mine}
              aria-label={t('comments.reaction', { emoji: reaction.emoji, count: reaction.count })}
              disabled={!capability.canComment}
              onClick={() => run(() => actions.react(comment.id, reaction.emoji))}
            >
              {reaction.emoji} {reaction.count}
            </UnstyledButton>
          ))}
          {capability.canComment && (
            <Menu position="bottom-start" withinPortal>
              <Menu.Target>
                <UnstyledButton
                  className="comment-reaction"
                  aria-label={t('comments.actions.react')}
                >
                  +☺
                </UnstyledButton>
              </Menu.Target>
              <Menu.Dropdown>
                <Group gap={2} p={4}>
                  {REACTION_EMOJI.map((emoji) => (
                    <Menu.Item
                      key={emoji}
                      p={4}
                      w="auto"
                      onClick={() => run(() => actions.react(comment.id, emoji))}
                    >
                      {emoji}
                    </Menu.Item>
                  ))}
                </Group>
              </Menu.Dropdown>
            </Menu>
          )}
          {comment.canEdit && (
            <Button size="compact-xs" variant="subtle" onClick={() => setEditing(true)}>
              {t('comments.actions.edit')}
            </Button>
          )}
          {comment.canDelete && (
            <Button
              size="compact-xs"
              variant="subtle"
              color="red"
              c="red.9"
              onClick={() => run(() => actions.remove(comment.id))}
            >
              {t('comments.actions.delete')}
            </Button>
          )}
          {capability.canModerate && !capability.isGuest && (
            <Button
              size="compact-xs"
              variant="subtle"
              color="gray"
              c="gray.9"
              onClick={() => setHiding((open) => !open)}
            >
              {t('comments.actions.hide')}
            </Button>
          )}
        </Group>
      )}
      {hiding && (
        <Group gap={4} align="flex-end" wrap="nowrap">
          <TextInput
            size="xs"
            style={{ flex: 1 }}
            label={t('comments.hideReason')}
            value={reason}
            maxLength={500}
            onChange={(event) => setReason(event.currentTarget.value)}
          />
          <Button
            size="compact-sm"
            disabled={!reason.trim()}
            onClick={() =>
              run(async () => {
                await actions.hide(comment.id, reason.trim());
                setHiding(false);
                setReason('');
              })
            }
          >
            {t('comments.actions.hide')}
          </Button>
        </Group>
      )}
      {error && <FormAlert message={error} />}
    </Stack>
  );
}
