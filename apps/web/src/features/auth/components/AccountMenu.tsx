import { Box, Button, Menu, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ChevronDown, PersonIcon } from '../../../ui';
import { useSignOut } from '../hooks/use-sign-out';

/**
 * The signed-in person's menu: who they are, their account and signing out. Loaded only
 * once someone is signed in, so visitors do not download the menu code.
 */
export function AccountMenu({ me }: { me: { displayName: string; email: string } }) {
  const { t } = useTranslation();
  const { signOut, signOutEverywhere } = useSignOut();

  return (
    <Menu position="bottom-end" width={260}>
      <Menu.Target>
        {/* The name on wider screens, a person icon on phones; the label says both. */}
        <Button
          variant="default"
          rightSection={<ChevronDown />}
          px="sm"
          aria-label={`${me.displayName} — ${t('userMenu.label')}`}
        >
          <Text span visibleFrom="sm" truncate="end" inherit maw={160}>
            {me.displayName}
          </Text>
          <Box component="span" hiddenFrom="sm" display="flex">
            <PersonIcon />
          </Box>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <bdi>{me.email}</bdi>
        </Menu.Label>
        <Menu.Item component={Link} to="/profile">
          {t('profile.menu')}
        </Menu.Item>
        <Menu.Item component={Link} to="/account">
          {t('userMenu.account')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item onClick={() => void signOut().catch(() => undefined)}>
          {t('userMenu.signOut')}
        </Menu.Item>
        <Menu.Item c="red.9" onClick={() => void signOutEverywhere().catch(() => undefined)}>
          {t('userMenu.signOutEverywhere')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
