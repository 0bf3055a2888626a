import { Alert, Badge, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n';
import { type ImportProblem, type ImportReport } from '../post-files';

/** The problem codes that have a translated sentence. */
export const PROBLEM_CODES = [
  'file_too_large',
  'file_empty',
  'file_unreadable',
  'csv_malformed',
  'too_many_rows',
  'too_many_columns',
  'column_not_in_file',
  'title_missing',
  'text_too_long',
  'network_unknown',
  'date_invalid',
  'time_missing',
  'time_invalid',
  'format_unknown',
  'category_unknown',
  'promotional_invalid',
  'goal_unknown',
  'row_id_unknown',
  'assignee_unknown',
  'status_invalid',
  'scheduled_without_time',
  'publish_time_adjusted',
  'too_long_for_network',
  'variant_network_not_chosen',
  'status_not_imported',
] as const;

export interface ReportStepProps {
  report: ImportReport;
}

/** A dry run's (or an import's) report: the counts, then every problem by row and column. */
export function ReportStep({ report }: ReportStepProps) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  const reason = (problem: ImportProblem) =>
    (PROBLEM_CODES as readonly string[]).includes(problem.code)
      ? t(`postImport.codes.${problem.code as (typeof PROBLEM_CODES)[number]}`)
      : problem.message;
  return (
    <Stack gap="sm">
      {report.ok ? (
        <Alert color="green" title={t('postImport.report.readyTitle')}>
          {t('postImport.report.ready', { rows: number(report.rows) })}
        </Alert>
      ) : (
        <Alert color="red" title={t('postImport.report.errorsTitle')}>
          {t('postImport.report.errors', {
            errors: number(report.errorCount),
            rows: number(report.errorRows),
          })}
        </Alert>
      )}
      <Text size="sm">
        {t('postImport.report.counts', {
          rows: number(report.rows),
          errors: number(report.errorCount),
          warnings: number(report.warningCount),
        })}
      </Text>
      {report.problems.length > 0 && (
        <ScrollArea.Autosize mah={360}>
          <Table striped withTableBorder aria-label={t('postImport.report.tableLabel')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('postImport.report.row')}</Table.Th>
                <Table.Th>{t('postImport.report.column')}</Table.Th>
                <Table.Th>{t('postImport.report.reason')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.problems.map((problem, index) => (
                <Table.Tr key={`${problem.row}-${problem.column}-${problem.code}-${index}`}>
                  <Table.Td>{problem.row > 0 ? number(problem.row) : '—'}</Table.Td>
                  <Table.Td>{problem.column || '—'}</Table.Td>
                  <Table.Td>
                    <Badge
                      color={problem.severity === 'error' ? 'red' : 'yellow'}
                      variant="light"
                      me="xs"
                    >
                      {t(`postImport.report.${problem.severity}`)}
                    </Badge>
                    {reason(problem)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
      )}
    </Stack>
  );
}
