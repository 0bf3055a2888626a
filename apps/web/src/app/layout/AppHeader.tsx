import { Anchor, Box, Group } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
// Straight from the files: the features' indexes would pull their lazy pages in.
import { SignInButton } from '../../features/auth/components/SignInButton';
import { useMe } from '../../features/auth/hooks/use-me';
import { LanguageSwitcher } from './LanguageSwitcher';

// Menus (and the popover code under them) are only for signed-in people: not in the first
// download of a visitor.
const WorkspaceSwitcher = lazy(() =>
  import('../../features/workspaces/components/WorkspaceSwitcher').then((m) => ({
    default: m.WorkspaceSwitcher,
  })),
);
const SignedInControls = lazy(() =>
  import('./SignedInControls').then((m) => ({ default: m.SignedInControls })),
);

/**
 * The header on every page: the app name, the main navigation, the workspace switcher (when
 * signed in), the language switcher, the notification bell and the account menu (or "Sign in").
 */
export function AppHeader() {
  const { t } = useTranslation();
  const { me, loading } = useMe();
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="md">
      <Group gap="lg" wrap="nowrap" miw={0} flex={1}>
        <Anchor component={Link} to="/" fw={800} fz="xl" c="indigo.9" underline="never">
          {t('app.name')}
        </Anchor>
        {/* On phones the app name is the way home; the header keeps room for the controls. */}
        <Box component="nav" aria-label={t('nav.main')} visibleFrom="sm">
          <Group gap="md" wrap="nowrap">
            <Anchor component={NavLink} to="/" end c="gray.9" className="chorus-header-link">
              {t('nav.home')}
            </Anchor>
          </Group>
        </Box>
        {me && (
          <Suspense fallback={null}>
            <WorkspaceSwitcher />
          </Suspense>
        )}
      </Group>
      {/* Never squeezed: on phones the workspace switcher gives way instead. */}
      <Group gap="sm" wrap="nowrap" style={{ flexShrink: 0 }}>
        <LanguageSwitcher />
        {me ? (
          <Suspense fallback={null}>
            <SignedInControls me={me} />
          </Suspense>
        ) : (
          !loading && <SignInButton />
        )}
      </Group>
    </Group>
  );
}
