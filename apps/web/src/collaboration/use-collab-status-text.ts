import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Capability } from '../gql/graphql';
import type { CollabRefusal, CollabStatus } from './collab-state';

/**
 * The connection badge's words and a refusal's explanation, in the reader's language.
 * Offline, someone who may edit is told their changes wait on this device; someone who
 * may only read is told they see the copy kept here.
 */
export function useCollabStatusText() {
  const { t } = useTranslation();
  const status = useCallback(
    (value: CollabStatus, capability: Capability | null): string => {
      switch (value) {
        case 'connecting':
          return t('collab.status.connecting');
        case 'saving':
          return t('collab.status.saving');
        case 'saved':
          return t('collab.status.saved');
        case 'offline':
          return capability === 'EDIT' || capability === null
            ? t('collab.status.offline')
            : t('collab.status.offlineReadOnly');
        case 'readOnly':
          return t('collab.status.readOnly');
        case 'refused':
          return t('collab.status.refused');
      }
    },
    [t],
  );
  const refusal = useCallback(
    (value: CollabRefusal): string => {
      switch (value) {
        case 'unauthenticated':
          return t('collab.refusal.unauthenticated');
        case 'forbidden':
          return t('collab.refusal.forbidden');
        case 'notFound':
          return t('collab.refusal.notFound');
        case 'revoked':
          return t('collab.refusal.revoked');
        case 'archived':
          return t('collab.refusal.archived');
        case 'messageTooLarge':
          return t('collab.refusal.messageTooLarge');
        case 'documentTooLarge':
          return t('collab.refusal.documentTooLarge');
        case 'rateLimited':
          return t('collab.refusal.rateLimited');
        case 'tooManyConnections':
          return t('collab.refusal.tooManyConnections');
        case 'presenceLimit':
          return t('collab.refusal.presenceLimit');
        case 'reloadRequired':
          return t('collab.refusal.reloadRequired');
        case 'protocol':
          return t('collab.refusal.protocol');
        case 'unknown':
          return t('collab.refusal.unknown');
      }
    },
    [t],
  );
  return { status, refusal };
}
