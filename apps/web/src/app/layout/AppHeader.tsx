import { Anchor, Box, Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { LanguageSwitcher } from './LanguageSwitcher';

/** The header on every page: the app name, the main navigation and the language switcher. */
export function AppHeader() {
  const { t } = useTranslation();
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="md">
      <Group gap="lg" wrap="nowrap">
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
      </Group>
      <Group gap="sm" wrap="nowrap">
        <LanguageSwitcher />
        <Button component={NavLink} to="/sign-in" variant="outline">
          {t('nav.signIn')}
        </Button>
      </Group>
    </Group>
  );
}
