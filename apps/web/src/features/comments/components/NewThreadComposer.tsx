import { Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CommentAnchorInput } from '../../../gql/graphql';
import { CommentComposer } from './CommentComposer';
import { useCommentsContext } from './comments-context';

export interface NewThreadComposerProps {
  anchor: CommentAnchorInput;
  /** What the thread will be on ("On “…”", "Row: Instagram ads · March"). */
  label: string;
  onCancel: () => void;
  /** Called with the new thread's id, or null when it was not created. */
  onStarted: (threadId: string | null) => void;
}

/**
 * The composer of a new thread, the same in every editor: the team chooses internal or
 * external and may mention people; a share-link guest writes external comments only.
 */
export function NewThreadComposer({ anchor, label, onCancel, onStarted }: NewThreadComposerProps) {
  const { t } = useTranslation();
  const { actions, capability, candidates } = useCommentsContext();
  const guest = capability.isGuest;
  return (
    <Paper withBorder p="xs" data-testid="new-comment">
      <Stack gap={6}>
        <Text size="xs" c="dimmed" lineClamp={2} dir="auto">
          {label}
        </Text>
        <CommentComposer
          autoFocus
          candidates={guest ? [] : candidates}
          visibility={{ choose: !guest, initial: guest ? 'EXTERNAL' : 'INTERNAL' }}
          submitLabel={t('comments.send')}
          placeholder={t('comments.placeholder')}
          onCancel={onCancel}
          onSubmit={async (draft) => {
            const id = await actions.start(
              anchor,
              guest ? { ...draft, visibility: 'EXTERNAL' } : draft,
            );
            onStarted(id);
          }}
        />
      </Stack>
    </Paper>
  );
}
