import { Alert, Button, FileButton, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useActualsImport } from '../hooks/use-actuals-import';
import { mappingIssues } from '../kpi-files';
import { ActualsMappingStep } from './ActualsMappingStep';
import { ActualsReportStep } from './ActualsReportStep';

export interface ActualsImportDialogProps {
  brandId: string;
  opened: boolean;
  onClose: () => void;
  /** After a file was applied (the dashboard refetches). */
  onApplied: () => void;
}

/**
 * Imports actuals from a network's CSV or XLSX export: choose the file, map its columns
 * (pre-filled from the headers), check it (a dry run naming every bad row and column),
 * then apply all of it — or nothing, while any row has an error.
 */
export function ActualsImportDialog({
  brandId,
  opened,
  onClose,
  onApplied,
}: ActualsImportDialogProps) {
  const { t } = useTranslation();
  const state = useActualsImport(brandId, onApplied);
  const { step, answer, busy } = state;
  const close = () => {
    state.reset();
    onClose();
  };
  const report = answer?.kind === 'report' ? answer.report : null;
  const blocked = mappingIssues(state.mapping, state.headers, state.network).length > 0;

  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened={opened}
      onClose={close}
      title={t('kpis.import.title')}
      size="xl"
    >
      <Stack gap="md">
        {step.kind === 'choose' && (
          <>
            <Text size="sm">{t('kpis.import.chooseIntro')}</Text>
            {step.problem && <Alert color="red">{t(`kpis.import.${step.problem}`)}</Alert>}
            <Group>
              <FileButton onChange={(file) => void state.choose(file)} accept=".csv,.xlsx">
                {(props) => (
                  <Button {...props} loading={busy}>
                    {t('kpis.import.choose')}
                  </Button>
                )}
              </FileButton>
            </Group>
          </>
        )}
        {step.kind === 'mapping' && (
          <>
            <Text size="sm" c="gray.7">
              {state.fileName}
            </Text>
            <ActualsMappingStep
              headers={state.headers}
              mapping={state.mapping}
              onChange={state.setMapping}
              network={state.network}
              onNetworkChange={state.setNetwork}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('kpis.cancel')}
              </Button>
              <Button onClick={() => void state.check()} loading={busy} disabled={blocked}>
                {t('kpis.import.check')}
              </Button>
            </Group>
          </>
        )}
        {step.kind === 'report' && (
          <>
            {busy && <Loader size="sm" />}
            {report && <ActualsReportStep report={report} />}
            {answer?.kind === 'refused' && (
              <Alert color="red">{answer.message || t('kpis.import.refused')}</Alert>
            )}
            {answer?.kind === 'network' && <Alert color="red">{t('kpis.import.network')}</Alert>}
            <Group justify="flex-end">
              {state.headers.length > 0 && (
                <Button variant="default" onClick={state.backToMapping}>
                  {t('kpis.import.back')}
                </Button>
              )}
              <Button
                disabled={!report?.ok || report.actuals === 0}
                loading={busy}
                onClick={() => void state.apply()}
              >
                {t('kpis.import.apply', { n: report?.actuals ?? 0 })}
              </Button>
            </Group>
          </>
        )}
        {step.kind === 'done' && (
          <>
            <Alert color="green" data-testid="import-done">
              {t('kpis.import.done', { n: step.actuals })}
            </Alert>
            <Group justify="flex-end">
              <Button onClick={close}>{t('kpis.import.close')}</Button>
            </Group>
          </>
        )}
      </Stack>
    </Modal>
  );
}
