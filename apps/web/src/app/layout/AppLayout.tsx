import { AppShell, Container } from '@mantine/core';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { PageLoader } from '../../ui/PageLoader';
import { AppHeader } from './AppHeader';

/** The application shell: skip link, header and the main landmark that pages render into. */
export function AppLayout() {
  const { t } = useTranslation();
  return (
    <AppShell header={{ height: 64 }} padding="md">
      <a className="chorus-skip-link" href="#main-content">
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <AppHeader />
      </AppShell.Header>
      <AppShell.Main id="main-content" tabIndex={-1}>
        <Container size="lg" py="md">
          <Suspense fallback={<PageLoader label={t('app.loading')} />}>
            <Outlet />
          </Suspense>
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
