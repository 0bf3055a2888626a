import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../ui';

/**
 * What every dead link says, whatever killed it (revoked, expired, mistyped): the same words,
 * so a guess learns nothing.
 */
export function LinkGone() {
  const { t } = useTranslation();
  return (
    <Page title={t('sharing.gone.title')}>
      <Alert
        color="orange.9"
        variant="outline"
        role="alert"
        data-testid="share-link-gone"
        maw={620}
      >
        {t('sharing.gone.body')}
      </Alert>
    </Page>
  );
}
