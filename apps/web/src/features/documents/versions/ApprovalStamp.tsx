import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n';
import { statusColors } from '../../../ui';
import type { DocumentVersion } from './VersionHistory';

/** The approval a version holds: "Approved by … on …". */
export function ApprovalStamp({
  approval,
}: {
  approval: NonNullable<DocumentVersion['approval']>;
}) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const list = new Intl.ListFormat(i18n.resolvedLanguage ?? 'en', { type: 'conjunction' });
  const names = approval.approvers
    .map((approver) => approver.name ?? t('approvals.stamp.formerMember'))
    .filter((name, index, all) => all.indexOf(name) === index);
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start" data-testid="version-approval">
      <Badge color={statusColors.positive} style={{ flexShrink: 0 }}>
        {t('approvals.stamp.badge')}
      </Badge>
      <Text size="sm">
        {t('approvals.stamp.text', {
          names: list.format(names),
          date: format.dateTime(approval.approvedAt),
        })}
      </Text>
    </Group>
  );
}
