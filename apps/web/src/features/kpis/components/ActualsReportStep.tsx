import { Alert, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ActualsReport } from '../kpi-files';
import { serverText } from './kpi-labels';

/**
 * A dry run's report: the rows checked and, when any is bad, every problem with its row and
 * column (a code in the reader's language and the server's detail).
 */
export function ActualsReportStep({ report }: { report: ActualsReport }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.resolvedLanguage ?? 'en');
  return (
    <>
      {report.ok ? (
        <Alert color="green" data-testid="import-clean">
          {t('kpis.import.clean', {
            rows: number.format(report.rows),
            actuals: number.format(report.actuals),
          })}
        </Alert>
      ) : (
        <Alert color="red" data-testid="import-errors">
          {t('kpis.import.errors', {
            errors: number.format(report.errorCount),
            rows: number.format(report.errorRows),
          })}
        </Alert>
      )}
      {report.problems.length > 0 && (
        <Table.ScrollContainer minWidth={480} mah={320}>
          <Table striped withTableBorder data-testid="import-problems">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('kpis.import.row')}</Table.Th>
                <Table.Th>{t('kpis.import.column')}</Table.Th>
                <Table.Th>{t('kpis.import.problem')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.problems.map((problem, index) => (
                <Table.Tr key={`${problem.row}-${problem.column}-${index}`}>
                  <Table.Td>
                    {problem.row === 0 ? t('kpis.import.wholeFile') : number.format(problem.row)}
                  </Table.Td>
                  <Table.Td>{problem.column || '—'}</Table.Td>
                  <Table.Td>
                    {serverText(t, `kpis.import.codes.${problem.code}`, problem.message)}
                    <Text size="xs" c="gray.7" dir="ltr" style={{ unicodeBidi: 'isolate' }}>
                      {problem.message}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </>
  );
}
