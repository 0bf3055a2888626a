import { Box, Group, Text } from '@mantine/core';
import { useCollabStatusText, type CollabStatus } from '../../../collaboration';
import type { Capability } from '../../../gql/graphql';
import { statusColors } from '../../../ui';

const dotColors: Record<CollabStatus, string> = {
  connecting: 'var(--mantine-color-gray-6)',
  saving: 'var(--mantine-color-indigo-6)',
  saved: statusColors.positive,
  offline: statusColors.warning,
  commentOnly: 'var(--mantine-color-gray-7)',
  viewOnly: 'var(--mantine-color-gray-7)',
  refused: 'var(--mantine-color-red-9)',
};

/**
 * Where the document stands: connecting, saving…, saved, offline (changes kept on this
 * device), or what this person may do. Announced politely as it changes.
 */
export function ConnectionStatus({
  status,
  capability,
}: {
  status: CollabStatus;
  capability: Capability | null;
}) {
  const text = useCollabStatusText();
  return (
    <Group
      gap={8}
      wrap="nowrap"
      role="status"
      aria-live="polite"
      data-testid="connection-status"
      data-status={status}
    >
      <Box
        aria-hidden
        w={10}
        h={10}
        style={{ borderRadius: '50%', background: dotColors[status], flexShrink: 0 }}
      />
      <Text size="sm" fw={600}>
        {text.status(status, capability)}
      </Text>
    </Group>
  );
}
