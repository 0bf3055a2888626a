import { AppShell, Container, Group, Text } from '@mantine/core';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { PageLoader } from '../../ui/PageLoader';
import { LanguageSwitcher } from './LanguageSwitcher';

/**
 * The shell of a share link's pages: no workspace, no account menu, no way into the app —
 * the product's name and the language switcher (the guest chooses the language).
 */
export function GuestLayout() {
  const { t } = useTranslation();
  return (
    <AppShell header={{ height: 64 }} padding="md">
      <a className="chorus-skip-link" href="#main-content">
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="md">
          <Text fw={800} fz="xl" c="indigo.9">
            {t('app.name')}
          </Text>
          <LanguageSwitcher />
        </Group>
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
