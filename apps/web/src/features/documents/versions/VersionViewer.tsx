import { Box, Button, Group, Modal, Stack } from '@mantine/core';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { readProblem, useProblemMessage } from '../../../errors';
import { FormAlert, PageLoader } from '../../../ui';
import { useVersionLabels, type Viewing } from './version-labels';
import { VersionCompare } from './VersionCompare';
import { versionDoc } from './version-doc';
import { useDocumentVersionState } from '../hooks/use-versions';

/**
 * The comparable text of the live document, following its changes (at most twice a
 * second). Reading it means exporting the whole document: with a null `doc` (nothing to
 * compare) it reads and follows nothing.
 */
function useLiveText(doc: Y.Doc | null, toText: (doc: Y.Doc) => string): string {
  const [text, setText] = useState(() => (doc ? toText(doc) : ''));
  useEffect(() => {
    if (!doc) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onUpdate = () => {
      clearTimeout(timer);
      timer = setTimeout(() => setText(toText(doc)), 500);
    };
    doc.on('update', onUpdate);
    return () => {
      clearTimeout(timer);
      doc.off('update', onUpdate);
    };
  }, [doc, toText]);
  return text;
}

/** One version in a dialog: its read-only view, or its comparison with the live text. */
export function VersionViewer({
  viewing,
  currentDoc,
  toComparableText,
  renderPreview,
  canEdit,
  onRestore,
  onClose,
}: {
  viewing: Viewing;
  currentDoc: Y.Doc | null;
  toComparableText: (doc: Y.Doc) => string;
  renderPreview?: (doc: Y.Doc) => ReactNode;
  canEdit: boolean;
  onRestore: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const message = useProblemMessage();
  const labels = useVersionLabels();
  const { version, mode } = viewing;
  const { data, error } = useDocumentVersionState(version.id);
  const state = data?.documentVersionState.state;
  // A detached document with no provider or observers of its own: nothing to tear down.
  const doc = useMemo(() => (state === undefined ? null : versionDoc(state)), [state]);
  // Texts only where they are shown: the comparison, or a preview without its own view.
  const needsVersionText = mode === 'compare' || !renderPreview;
  const versionText = useMemo(
    () => (doc && needsVersionText ? toComparableText(doc) : ''),
    [doc, needsVersionText, toComparableText],
  );
  // Only a comparison follows the live document; a preview does not re-read it on every edit.
  const currentText = useLiveText(mode === 'compare' ? currentDoc : null, toComparableText);
  const number = labels.digits(version);
  const heading =
    mode === 'preview'
      ? t('documents.versions.previewTitle', { number, title: labels.title(version) })
      : t('documents.versions.compare.title', { number });

  return (
    <Modal
      opened
      onClose={onClose}
      title={heading}
      size="xl"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="md">
        {!doc ? (
          error ? (
            <FormAlert message={message(readProblem(error))} />
          ) : (
            <PageLoader label={t('app.loading')} />
          )
        ) : mode === 'preview' ? (
          <Box data-testid="version-preview">
            {renderPreview ? (
              renderPreview(doc)
            ) : (
              <Box
                component="pre"
                dir="auto"
                m={0}
                style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', fontFamily: 'inherit' }}
              >
                {versionText}
              </Box>
            )}
          </Box>
        ) : (
          <VersionCompare before={versionText} after={currentText} versionNumber={number} />
        )}
        <Group justify="flex-end">
          {canEdit && doc && (
            <Button variant="default" onClick={onRestore}>
              {t('documents.versions.restoreThis')}
            </Button>
          )}
          <Button variant="default" onClick={onClose}>
            {t('common.close')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
