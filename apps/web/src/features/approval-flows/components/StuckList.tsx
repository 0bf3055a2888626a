import { Anchor, Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { readProblem, useProblemMessage } from '../../../errors';
import { useFormatters } from '../../../i18n';
import { FormAlert, PageLoader } from '../../../ui';
import { useStuckApprovals } from '../hooks/use-waiting';
import { requestDocumentPath } from '../waiting';
import { DueCell, useNow } from './DueCell';

/** A brand's pending requests, longest waiting first: the open step, on whom, since when. */
export function StuckList({ workspaceId, brandId }: { workspaceId: string; brandId: string }) {
  const { t } = useTranslation();
  const message = useProblemMessage();
  const format = useFormatters();
  const { data, error } = useStuckApprovals(brandId);
  const now = useNow();
  if (!data) {
    return error ? (
      <FormAlert message={message(readProblem(error))} />
    ) : (
      <PageLoader label={t('app.loading')} />
    );
  }
  const rows = [...data.stuckApprovals].sort(
    (a, b) => Date.parse(a.since as string) - Date.parse(b.since as string),
  );
  if (rows.length === 0) return <Text>{t('waiting.stuckEmpty')}</Text>;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped aria-label={t('waiting.stuckLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('waiting.columns.document')}</Table.Th>
            <Table.Th>{t('waiting.columns.step')}</Table.Th>
            <Table.Th>{t('waiting.columns.waitingOn')}</Table.Th>
            <Table.Th>{t('waiting.columns.since')}</Table.Th>
            <Table.Th>{t('waiting.columns.due')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.request.id} data-testid="stuck-request">
              <Table.Td>
                <Anchor component={Link} to={requestDocumentPath(workspaceId, row.request)}>
                  {row.request.documentTitle || t('waiting.untitled')}
                </Anchor>
                <Text size="xs">{t(`approvalFlows.kinds.${row.request.documentKind}`)}</Text>
              </Table.Td>
              <Table.Td>
                {t('waiting.stepOf', {
                  number: row.stepIndex + 1,
                  total: row.request.steps.length,
                  name: row.stepName,
                })}
              </Table.Td>
              <Table.Td>
                {row.waitingOn.length > 0 ? (
                  row.waitingOn.map((person) => person.name).join(', ')
                ) : (
                  <Badge color="orange" variant="light">
                    {t('waiting.nobody')}
                  </Badge>
                )}
                {row.request.needsAttention && (
                  <Text size="xs" c="red.9">
                    {t('waiting.needsAttention')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{format.dateTime(row.since)}</Table.Td>
              <Table.Td>
                <DueCell
                  due={typeof row.dueAt === 'string' ? new Date(row.dueAt) : null}
                  now={now}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
