import { Box, List, Stack, Table, Text, Title } from '@mantine/core';
import { minorDigits } from '@chorus/media-plan-model';
import { useTranslation } from 'react-i18next';
import { readProblem, useProblemMessage } from '../../../errors';
import type { ApprovalVersionDiffQuery } from '../../../gql/graphql';
import { AddedText, FormAlert, PageLoader, RemovedText } from '../../../ui';
import { useVersionDiff } from '../hooks/use-approvals';

type PlanDiff = NonNullable<ApprovalVersionDiffQuery['versionDiff']['mediaPlan']>;

/**
 * What changed from the version approved to the one now under review, as the server
 * compares them: a word diff for posts and strategies; rows added and removed, cells
 * changed (old → new) and totals before → after for media plans.
 */
export function ApprovalDiff({
  fromVersionId,
  toVersionId,
}: {
  fromVersionId: string;
  toVersionId: string;
}) {
  const { t } = useTranslation();
  const message = useProblemMessage();
  const { data, error } = useVersionDiff(fromVersionId, toVersionId);
  const diff = data?.versionDiff;
  if (!diff) {
    return error ? (
      <FormAlert message={message(readProblem(error))} />
    ) : (
      <PageLoader label={t('app.loading')} />
    );
  }
  if (diff.mediaPlan) return <PlanChanges diff={diff.mediaPlan} />;
  const words = diff.words ?? [];
  if (!words.some((part) => part.op !== 'EQUAL')) {
    return <Text size="sm">{t('approvals.diff.none')}</Text>;
  }
  return (
    <Box
      dir="auto"
      data-testid="approval-diff"
      p="xs"
      style={{
        whiteSpace: 'pre-wrap',
        overflowWrap: 'anywhere',
        lineHeight: 1.7,
        maxHeight: '40vh',
        overflowY: 'auto',
        border: '1px solid var(--mantine-color-gray-4)',
        borderRadius: 'var(--mantine-radius-sm)',
        backgroundColor: 'var(--mantine-color-body)',
      }}
    >
      {words.map((part, index) => {
        switch (part.op) {
          case 'EQUAL':
            return <span key={index}>{part.text}</span>;
          case 'INSERT':
            return <AddedText key={index}>{part.text}</AddedText>;
          case 'DELETE':
            return <RemovedText key={index}>{part.text}</RemovedText>;
        }
      })}
    </Box>
  );
}

function PlanChanges({ diff }: { diff: PlanDiff }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';
  const digits = minorDigits(diff.currency);
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency: diff.currency });
  const number = new Intl.NumberFormat(locale);
  const budget = (minor: number) => money.format(minor / 10 ** digits);
  const rowName = (rowId: string) => {
    const row = [...diff.rowsAdded, ...diff.rowsRemoved].find((each) => each.rowId === rowId);
    return row ? `${row.channel} · ${row.activity}` : rowId.slice(0, 8);
  };
  const cell = (field: string, value: string) =>
    field === 'budget' && value !== '' && Number.isFinite(Number(value))
      ? budget(Number(value))
      : value;
  const nothing = diff.rowsAdded.length + diff.rowsRemoved.length + diff.cellsChanged.length === 0;
  if (nothing) return <Text size="sm">{t('approvals.diff.none')}</Text>;
  const rows = (list: PlanDiff['rowsAdded']) => (
    <List size="sm">
      {list.map((row) => (
        <List.Item key={row.rowId}>
          <bdi>{`${row.channel} · ${row.activity}`}</bdi> ({row.block})
        </List.Item>
      ))}
    </List>
  );
  return (
    <Stack gap="xs" data-testid="approval-diff">
      {diff.rowsAdded.length > 0 && (
        <>
          <Title order={4} size="h6">
            {t('approvals.diff.rowsAdded')}
          </Title>
          {rows(diff.rowsAdded)}
        </>
      )}
      {diff.rowsRemoved.length > 0 && (
        <>
          <Title order={4} size="h6">
            {t('approvals.diff.rowsRemoved')}
          </Title>
          {rows(diff.rowsRemoved)}
        </>
      )}
      {diff.cellsChanged.length > 0 && (
        <Table.ScrollContainer minWidth={360}>
          <Table striped withTableBorder>
            <Table.Caption>{t('approvals.diff.cellsChanged')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('approvals.diff.row')}</Table.Th>
                <Table.Th>{t('approvals.diff.column')}</Table.Th>
                <Table.Th>{t('approvals.diff.before')}</Table.Th>
                <Table.Th>{t('approvals.diff.after')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {diff.cellsChanged.map((change, index) => (
                <Table.Tr key={index}>
                  <Table.Td>
                    <bdi>{rowName(change.rowId)}</bdi>
                  </Table.Td>
                  <Table.Td>
                    <bdi>{`${change.column} · ${change.field}`}</bdi>
                  </Table.Td>
                  <Table.Td>
                    <RemovedText>{cell(change.field, change.before)}</RemovedText>
                  </Table.Td>
                  <Table.Td>
                    <AddedText>{cell(change.field, change.after)}</AddedText>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {diff.totals.length > 0 && (
        <Table.ScrollContainer minWidth={360}>
          <Table withTableBorder>
            <Table.Caption>{t('approvals.diff.totals')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('approvals.diff.scope')}</Table.Th>
                <Table.Th>{t('approvals.diff.budget')}</Table.Th>
                <Table.Th>{t('approvals.diff.quantity')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {diff.totals.map((total) => (
                <Table.Tr key={total.scope}>
                  <Table.Td>
                    {total.scope === 'overall' ? t('approvals.diff.overall') : total.scope}
                  </Table.Td>
                  <Table.Td>
                    {t('approvals.diff.beforeAfter', {
                      before: budget(total.budgetBefore),
                      after: budget(total.budgetAfter),
                    })}
                  </Table.Td>
                  <Table.Td>
                    {t('approvals.diff.beforeAfter', {
                      before: number.format(total.quantityBefore),
                      after: number.format(total.quantityAfter),
                    })}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
