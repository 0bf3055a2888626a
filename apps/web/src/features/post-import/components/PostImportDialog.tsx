import { Alert, Button, FileButton, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n';
import { usePostImport } from '../hooks/use-post-import';
import { MappingStep } from './MappingStep';
import { ReportStep } from './ReportStep';

export interface PostImportDialogProps {
  brandId: string;
  opened: boolean;
  onClose: () => void;
}

/**
 * Imports posts from a CSV or XLSX file: choose the file, map its columns (pre-filled
 * from the headers), check it (a dry run naming every bad row and column), then import
 * all of it — or nothing, while any row has an error.
 */
export function PostImportDialog({ brandId, opened, onClose }: PostImportDialogProps) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  const state = usePostImport(brandId);
  const { step, answer, busy } = state;
  const close = () => {
    state.reset();
    onClose();
  };
  const report = answer?.kind === 'report' ? answer.report : null;

  return (
    <Modal opened={opened} onClose={close} title={t('postImport.title')} size="xl">
      <Stack gap="md">
        {step.kind === 'choose' && (
          <>
            <Text size="sm">{t('postImport.choose.intro')}</Text>
            {step.problem && <Alert color="red">{t(`postImport.choose.${step.problem}`)}</Alert>}
            <Group>
              <FileButton onChange={(file) => void state.choose(file)} accept=".csv,.xlsx">
                {(props) => (
                  <Button {...props} loading={busy}>
                    {t('postImport.choose.button')}
                  </Button>
                )}
              </FileButton>
            </Group>
          </>
        )}
        {step.kind === 'mapping' && report && (
          <>
            <Text size="sm" c="dimmed">
              {state.fileName}
            </Text>
            <MappingStep
              headers={report.headers}
              mapping={state.mapping}
              onChange={state.setMapping}
              dateOrder={state.dateOrder}
              onDateOrderChange={state.setDateOrder}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('postImport.cancel')}
              </Button>
              <Button onClick={() => void state.check()} loading={busy}>
                {t('postImport.mapping.check')}
              </Button>
            </Group>
          </>
        )}
        {step.kind === 'report' && (
          <>
            {busy && <Loader size="sm" />}
            {report && <ReportStep report={report} />}
            {answer?.kind === 'refused' && (
              <Alert color="red">{answer.message || t('postImport.refused')}</Alert>
            )}
            {answer?.kind === 'network' && <Alert color="red">{t('postImport.network')}</Alert>}
            <Group justify="flex-end">
              {report && report.headers.length > 0 && (
                <Button variant="default" onClick={state.backToMapping}>
                  {t('postImport.report.back')}
                </Button>
              )}
              <Button
                disabled={!report?.ok || report.rows === 0}
                loading={busy}
                onClick={() => void state.importAll()}
              >
                {t('postImport.report.import', { rows: number(report?.rows ?? 0) })}
              </Button>
            </Group>
          </>
        )}
        {step.kind === 'done' && (
          <>
            <Alert color="green">{t('postImport.done', { created: number(step.created) })}</Alert>
            <Group justify="flex-end">
              <Button onClick={close}>{t('postImport.close')}</Button>
            </Group>
          </>
        )}
      </Stack>
    </Modal>
  );
}
