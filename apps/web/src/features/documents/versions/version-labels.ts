import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n';
import type { DocumentVersion } from './VersionHistory';

/** A version being looked at: read-only, or compared with the live document. */
export type Viewing = { version: DocumentVersion; mode: 'preview' | 'compare' };

/** "Version 12", with the number in the reader's digits. */
export function useVersionLabels() {
  const { t } = useTranslation();
  const format = useFormatters();
  return useMemo(
    () => ({
      /** The version's number in the reader's digits. */
      digits: (version: Pick<DocumentVersion, 'number'>) => format.number(version.number),
      number: (version: Pick<DocumentVersion, 'number'>) =>
        t('documents.versions.number', { number: format.number(version.number) }),
      title: (version: DocumentVersion): string => {
        if (version.name) return version.name;
        switch (version.kind) {
          case 'AUTO':
            return t('documents.versions.automatic');
          case 'RESTORE':
            return version.restoredFrom == null
              ? t('documents.versions.restoredPlain')
              : t('documents.versions.restored', { number: format.number(version.restoredFrom) });
          case 'NAMED':
            return t('documents.versions.unnamed');
          case 'APPROVAL':
            return t('documents.versions.submittedForApproval');
        }
      },
    }),
    [t, format],
  );
}
