import { Box, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useOutletContext } from 'react-router';
import { useCollabStatusText, type CollabStatus } from '../../../collaboration';
import type { Capability } from '../../../gql/graphql';
import { statusColors } from '../../../ui';
import type { BrandContext } from '../../brands';
import { useRoleLabels } from '../../workspaces';

const dotColors: Record<CollabStatus, string> = {
  connecting: 'var(--mantine-color-gray-6)',
  saving: 'var(--mantine-color-indigo-6)',
  saved: statusColors.positive,
  offline: statusColors.warning,
  readOnly: 'var(--mantine-color-gray-7)',
  refused: 'var(--mantine-color-red-9)',
};

/**
 * "Read only — your role on this brand: Moderator. Ask an owner or admin for editing rights."
 * The roles are the person's brand roles (the plain workspace "member" left out), named in
 * the reader's language and joined as a list.
 */
function useReadOnlyText(roles: readonly string[]): string {
  const { t, i18n } = useTranslation();
  const labels = useRoleLabels();
  const named = roles.filter((role) => role.toLowerCase() !== 'member').map(labels.label);
  if (named.length === 0) return t('collab.readOnly.noRole');
  const list = new Intl.ListFormat(i18n.language, { style: 'long', type: 'conjunction' });
  return t(named.length === 1 ? 'collab.readOnly.oneRole' : 'collab.readOnly.severalRoles', {
    roles: list.format(named),
    interpolation: { escapeValue: false },
  });
}

/**
 * Where the document stands: connecting, saving…, saved, offline (changes kept on this
 * device), or read only with the reason. Announced politely as it changes. The roles come
 * from the brand page around it unless given.
 */
export function ConnectionStatus({
  status,
  capability,
  roles,
}: {
  status: CollabStatus;
  capability: Capability | null;
  roles?: readonly string[];
}) {
  const text = useCollabStatusText();
  const brand = useOutletContext<BrandContext | undefined>()?.brand;
  const readOnly = useReadOnlyText(roles ?? brand?.myRoles ?? []);
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
        {status === 'readOnly' ? readOnly : text.status(status, capability)}
      </Text>
    </Group>
  );
}
