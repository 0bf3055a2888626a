import { Button, Container, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { FormAlert } from '../../../ui/FormAlert';
import { PageLoader } from '../../../ui/PageLoader';
import { useMe } from '../hooks/use-me';
import { signInPath } from '../next-path';

/**
 * Guards the pages that need a session: while nobody is signed in (or the session ends),
 * it sends the person to sign in and brings them back here afterwards.
 */
export function RequireSession() {
  const { t } = useTranslation();
  const location = useLocation();
  const { me, loading, error, refetch } = useMe();

  if (loading) return <PageLoader label={t('app.loading')} />;
  if (me === undefined && error) {
    return (
      <Container size="sm" px={0}>
        <Stack gap="sm">
          <FormAlert message={t('errors.network')} />
          <div>
            <Button variant="outline" onClick={() => void refetch().catch(() => undefined)}>
              {t('common.retry')}
            </Button>
          </div>
        </Stack>
      </Container>
    );
  }
  if (!me) {
    return <Navigate to={signInPath(location.pathname + location.search)} replace />;
  }
  return <Outlet />;
}
