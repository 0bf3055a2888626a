import {
  Alert,
  Button,
  FileButton,
  Group,
  List,
  Modal,
  Progress,
  ScrollArea,
  Stack,
  Table,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isImportCode } from './import-codes';
import {
  fileFormat,
  MAX_IMPORT_BYTES,
  uploadImport,
  type ImportAnswer,
  type ImportNote,
  type PlanFileFormat,
} from './upload';

export interface ImportDialogProps {
  documentId: string;
  opened: boolean;
  onClose: () => void;
  /**
   * False once the person may no longer edit the plan: nothing new can be started, but a
   * real import already on the server is still followed to its answer.
   */
  editable?: boolean;
  /** Told when the real import reaches the server (true) and when its answer comes (false). */
  onApplyingChange?: (applying: boolean) => void;
}

type Step =
  | { readonly kind: 'choose'; readonly problem?: string }
  | { readonly kind: 'sending'; readonly share: number; readonly dryRun: boolean }
  | { readonly kind: 'checking'; readonly dryRun: boolean }
  | {
      readonly kind: 'report';
      readonly answer: ImportAnswer;
      readonly dryRun: boolean;
      /** The whole file reached the server before the answer (or the failure) came. */
      readonly uploaded: boolean;
    };

const SHOWN_PROBLEMS = 200;

/**
 * Imports a CSV or XLSX file into the plan: the file is checked first (a dry run that
 * changes nothing), the report names every bad row and column, and only a clean file can
 * then replace the plan's rows, as one edit everyone sees at once.
 */
export function ImportDialog({
  documentId,
  opened,
  onClose,
  editable = true,
  onApplyingChange,
}: ImportDialogProps) {
  const { t, i18n } = useTranslation();
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [file, setFile] = useState<{ blob: File; format: PlanFileFormat } | null>(null);
  const abortRef = useRef<(() => void) | null>(null);
  /** The progress or report, focused when the control that had focus goes away with a step. */
  const statusRef = useRef<HTMLDivElement>(null);
  const chooseRef = useRef<HTMLButtonElement>(null);
  const number = new Intl.NumberFormat(i18n.resolvedLanguage ?? 'en');
  const percentFormat = new Intl.NumberFormat(i18n.resolvedLanguage ?? 'en', { style: 'percent' });
  const megabytes = (bytes: number) =>
    new Intl.NumberFormat(i18n.resolvedLanguage ?? 'en', { maximumFractionDigits: 1 }).format(
      bytes / (1024 * 1024),
    );

  // "Row 4, Budget", with the language's own separator.
  const places = new Intl.ListFormat(i18n.resolvedLanguage ?? 'en', {
    type: 'unit',
    style: 'short',
  });
  const warningPlace = (row: number, column: string | null | undefined) =>
    places.format(
      [row > 0 ? `${t('mediaPlan.import.row')} ${number.format(row)}` : '', column ?? ''].filter(
        Boolean,
      ),
    );

  const busy = step.kind === 'sending' || step.kind === 'checking';
  // The real import's file is on the server: cancelling now would not stop it, only hide
  // whether it was applied. The dialog stays until the answer comes.
  const applying = step.kind === 'checking' && !step.dryRun;

  const reset = () => {
    if (applying) return;
    abortRef.current?.();
    abortRef.current = null;
    setStep({ kind: 'choose' });
    setFile(null);
  };
  const close = () => {
    if (applying) return;
    reset();
    onClose();
  };
  // Each step replaces the buttons of the one before (the file button, Confirm, Try another):
  // focus that fell to the page with them moves to what the step shows instead.
  const shownStep = opened ? step.kind : null;
  useEffect(() => {
    if (shownStep === null) return;
    const active = document.activeElement;
    if (active && active !== document.body && active.isConnected) return;
    (shownStep === 'choose' ? chooseRef.current : statusRef.current)?.focus();
  }, [shownStep]);
  // An upload still running when the editor goes away is abandoned.
  useEffect(() => () => abortRef.current?.(), []);

  // The server words its sentences in English, with details; other languages get ours.
  const english = (i18n.resolvedLanguage ?? 'en') === 'en';
  const noteText = (note: ImportNote) =>
    (english && note.message) || !isImportCode(note.code)
      ? note.message || note.code
      : t(`mediaPlan.importCodes.${note.code}`);

  const send = (chosen: { blob: File; format: PlanFileFormat }, dryRun: boolean) => {
    setStep({ kind: 'sending', share: 0, dryRun });
    let uploaded = false;
    const upload = uploadImport({
      documentId,
      format: chosen.format,
      file: chosen.blob,
      dryRun,
      onProgress: (share) =>
        setStep((current) => (current.kind === 'sending' ? { ...current, share } : current)),
      onUploaded: () => {
        uploaded = true;
        setStep({ kind: 'checking', dryRun });
        if (!dryRun) onApplyingChange?.(true);
      },
    });
    abortRef.current = upload.abort;
    void upload.answer.then((answer) => {
      abortRef.current = null;
      if (!dryRun && uploaded) onApplyingChange?.(false);
      if (answer.kind === 'aborted') return;
      setStep({ kind: 'report', answer, dryRun, uploaded });
    });
  };

  const choose = (picked: File | null) => {
    if (!picked) return;
    const format = fileFormat(picked);
    if (!format) {
      setStep({ kind: 'choose', problem: t('mediaPlan.import.wrongType') });
      return;
    }
    if (picked.size > MAX_IMPORT_BYTES) {
      setStep({
        kind: 'choose',
        problem: t('mediaPlan.import.tooLarge', {
          size: megabytes(picked.size),
          limit: megabytes(MAX_IMPORT_BYTES),
        }),
      });
      return;
    }
    if (picked.size === 0) {
      setStep({ kind: 'choose', problem: t('mediaPlan.import.empty') });
      return;
    }
    const chosen = { blob: picked, format };
    setFile(chosen);
    send(chosen, true);
  };

  const answerView = (answer: ImportAnswer, dryRun: boolean, uploaded: boolean) => {
    switch (answer.kind) {
      case 'ok':
        return (
          <Stack gap="sm">
            <Alert color={dryRun ? 'indigo' : 'teal'} variant="light" role="status">
              {dryRun
                ? t('mediaPlan.import.ready', { rows: number.format(answer.rows) })
                : t('mediaPlan.import.done', { rows: number.format(answer.rows) })}
            </Alert>
            {answer.warnings.length > 0 ? (
              <>
                <Text size="sm" fw={600}>
                  {t('mediaPlan.import.warnings')}
                </Text>
                <List size="sm">
                  {answer.warnings.map((warning, i) => (
                    <List.Item key={i}>
                      <bdi>
                        {warningPlace(warning.row, warning.column)}
                        {warning.row > 0 || warning.column ? ': ' : ''}
                      </bdi>
                      {noteText(warning)}
                    </List.Item>
                  ))}
                </List>
              </>
            ) : null}
          </Stack>
        );
      case 'invalid':
        return (
          <Stack gap="sm">
            <Alert color="red.9" variant="outline" role="alert">
              {t('mediaPlan.import.invalid', {
                count: answer.errorCount,
                errors: number.format(answer.errorCount),
              })}
            </Alert>
            <ScrollArea.Autosize mah={320}>
              <Table striped withTableBorder data-testid="import-errors">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('mediaPlan.import.row')}</Table.Th>
                    <Table.Th>{t('mediaPlan.import.column')}</Table.Th>
                    <Table.Th>{t('mediaPlan.import.problem')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {answer.errors.slice(0, SHOWN_PROBLEMS).map((error, i) => (
                    <Table.Tr key={i}>
                      <Table.Td>{error.row > 0 ? number.format(error.row) : '—'}</Table.Td>
                      <Table.Td>
                        <bdi>{error.column || '—'}</bdi>
                      </Table.Td>
                      <Table.Td>
                        <bdi>{noteText(error)}</bdi>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollArea.Autosize>
            {answer.errorCount > Math.min(answer.errors.length, SHOWN_PROBLEMS) ? (
              <Text size="sm">
                {t('mediaPlan.import.moreErrors', {
                  more: number.format(
                    answer.errorCount - Math.min(answer.errors.length, SHOWN_PROBLEMS),
                  ),
                })}
              </Text>
            ) : null}
          </Stack>
        );
      case 'tooLarge':
        return (
          <Alert color="red.9" variant="outline" role="alert">
            {t('mediaPlan.import.tooLargeServer', { limit: megabytes(answer.limitBytes) })}
          </Alert>
        );
      case 'refused':
        return (
          <Alert color="red.9" variant="outline" role="alert">
            {answer.status === 403
              ? t('mediaPlan.import.forbidden')
              : answer.status === 404
                ? t('mediaPlan.import.notFound')
                : answer.message || t('mediaPlan.import.failed')}
          </Alert>
        );
      case 'network':
        return (
          <Alert color="red.9" variant="outline" role="alert">
            {!dryRun && uploaded
              ? t('mediaPlan.import.networkAfterSend')
              : t('mediaPlan.import.network')}
          </Alert>
        );
      case 'aborted':
        return null;
    }
  };

  const percent = step.kind === 'sending' ? Math.round(step.share * 100) : 100;
  const statusText = (shown: number) =>
    step.kind === 'sending'
      ? t('mediaPlan.import.sending', { percent: percentFormat.format(shown / 100) })
      : step.kind === 'checking' && !step.dryRun
        ? t('mediaPlan.import.applying')
        : t('mediaPlan.import.checking');

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('mediaPlan.import.title')}
      size="lg"
      closeOnEscape={!applying}
      closeOnClickOutside={!applying}
      closeButtonProps={{ 'aria-label': t('common.close'), disabled: applying }}
    >
      <Stack gap="md">
        <Text size="sm">{t('mediaPlan.import.intro')}</Text>
        {step.kind === 'choose' ? (
          <>
            {step.problem ? (
              <Alert color="red.9" variant="outline" role="alert">
                {step.problem}
              </Alert>
            ) : null}
            <Group>
              <FileButton
                onChange={choose}
                accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              >
                {(props) => (
                  <Button {...props} ref={chooseRef}>
                    {t('mediaPlan.import.choose')}
                  </Button>
                )}
              </FileButton>
              <Text size="xs" c="dimmed">
                {t('mediaPlan.import.limits', { limit: megabytes(MAX_IMPORT_BYTES) })}
              </Text>
            </Group>
          </>
        ) : null}
        {/* Read at most every 25 %: a live region changed by every progress event would
            keep interrupting itself. The bar and the visible text stay continuous. */}
        <VisuallyHidden aria-live="polite" data-testid="import-announcement">
          {busy
            ? statusText(step.kind === 'sending' ? Math.floor(percent / 25) * 25 : percent)
            : ''}
        </VisuallyHidden>
        {busy || step.kind === 'report' ? (
          <div ref={statusRef} tabIndex={-1}>
            {busy ? (
              <Stack gap={4}>
                <Text size="sm" aria-hidden="true">
                  {statusText(percent)}
                </Text>
                <Progress
                  value={percent}
                  animated={step.kind === 'checking'}
                  striped={step.kind === 'checking'}
                  aria-label={t('mediaPlan.import.progress')}
                  data-testid="import-progress"
                />
              </Stack>
            ) : null}
            {step.kind === 'report' ? answerView(step.answer, step.dryRun, step.uploaded) : null}
          </div>
        ) : null}
        <Group justify="flex-end">
          {step.kind === 'report' && step.answer.kind === 'ok' && !step.dryRun ? (
            <Button onClick={close}>{t('common.close')}</Button>
          ) : (
            <>
              <Button
                variant="default"
                disabled={applying}
                onClick={() => {
                  if (busy) reset();
                  else close();
                }}
              >
                {t('common.cancel')}
              </Button>
              {editable && step.kind === 'report' && step.answer.kind !== 'ok' ? (
                <Button variant="default" onClick={reset}>
                  {t('mediaPlan.import.another')}
                </Button>
              ) : null}
              {editable &&
              step.kind === 'report' &&
              step.answer.kind === 'ok' &&
              step.dryRun &&
              file ? (
                <Button color="red.9" onClick={() => send(file, false)}>
                  {t('mediaPlan.import.confirm')}
                </Button>
              ) : null}
            </>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
