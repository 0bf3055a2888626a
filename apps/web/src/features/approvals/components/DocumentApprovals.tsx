import { Badge, Button, Drawer, Stack, Tabs } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readProblem, useProblemMessage } from '../../../errors';
import { FormAlert, PageLoader } from '../../../ui';
import { useMe } from '../../auth';
import { useBrand } from '../../brands';
import type { DocumentPageExtensionProps } from '../../documents';
import { useDocumentApprovalState } from '../hooks/use-approvals';
import { ApprovalHistory } from './ApprovalHistory';
import { ApprovalPanel } from './ApprovalPanel';
import { statusColor, useApprovalText } from './approval-text';
import { ChangedAfterApproval } from './ChangedAfterApproval';

/**
 * The "Approval" button of a document page, with the current request's status, and the
 * panel it opens: the approval itself and its history.
 */
export function ApprovalHeaderAction({
  document,
  capability,
  renderPreview,
}: DocumentPageExtensionProps) {
  const { t } = useTranslation();
  const text = useApprovalText();
  const message = useProblemMessage();
  const brand = useBrand();
  const { me } = useMe();
  const [opened, setOpened] = useState(false);
  const [tab, setTab] = useState<string | null>('status');
  const { data, previousData, error } = useDocumentApprovalState(
    document.id,
    document.brandId,
    document.kind,
  );
  const state = data ?? previousData;
  const request = state?.documentApprovals[0] ?? null;
  // Nothing to show where the brand has no flow and the document was never submitted.
  if (state && !state.documentApprovalFlow && !request && state.approvalFlows.length === 0) {
    return null;
  }

  return (
    <>
      <Button
        variant="default"
        size="sm"
        onClick={() => setOpened(true)}
        aria-haspopup="dialog"
        rightSection={
          request ? (
            <Badge size="xs" color={statusColor[request.status]} data-testid="approval-badge">
              {text.status(request.status)}
            </Badge>
          ) : undefined
        }
      >
        {t('approvals.button')}
      </Button>
      <Drawer
        opened={opened}
        onClose={() => setOpened(false)}
        title={t('approvals.title')}
        // The inline start, mirrored in RTL: the version history opens at the other side.
        position="left"
        size="md"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Tabs value={tab} onChange={setTab}>
          <Tabs.List>
            <Tabs.Tab value="status">{t('approvals.tabs.status')}</Tabs.Tab>
            <Tabs.Tab value="history">{t('approvals.tabs.history')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="status" pt="md">
            <Stack gap="md">
              <ChangedAfterApproval documentId={document.id} place="panel" />
              {state ? (
                <ApprovalPanel
                  documentId={document.id}
                  state={state}
                  meId={me?.id ?? null}
                  canEdit={capability === 'EDIT'}
                  canSkip={brand.myActions.includes('approval.skip')}
                  canOverrideTone={brand.myActions.includes('toneOfVoice.override')}
                  renderPreview={renderPreview}
                />
              ) : error ? (
                <FormAlert message={message(readProblem(error))} />
              ) : (
                <PageLoader label={t('app.loading')} />
              )}
            </Stack>
          </Tabs.Panel>
          <Tabs.Panel value="history" pt="md">
            {tab === 'history' && (
              <ApprovalHistory documentId={document.id} renderPreview={renderPreview} />
            )}
          </Tabs.Panel>
        </Tabs>
      </Drawer>
    </>
  );
}

/** The "changed after your approval" banner above a document's editor. */
export function ApprovalBanner({ document }: DocumentPageExtensionProps) {
  return <ChangedAfterApproval documentId={document.id} place="banner" />;
}
