import { Button, Menu, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useMatch } from 'react-router';
import { ChevronDown } from '../../../ui';
import { useMyWorkspaces } from '../hooks/use-workspaces';
import { workspacePath } from '../workspace-paths';

/** The header's workspace menu: the current one, all of mine, and creating another. */
export function WorkspaceSwitcher() {
  const { t } = useTranslation();
  const match = useMatch('/w/:workspaceId/*');
  const { data } = useMyWorkspaces();
  const workspaces = data?.workspaces ?? [];
  const current = workspaces.find((workspace) => workspace.id === match?.params.workspaceId);
  const label = current?.name ?? t('switcher.none');

  return (
    <Menu position="bottom-start" width={280}>
      <Menu.Target>
        <Button
          variant="default"
          rightSection={<ChevronDown />}
          aria-label={t('switcher.label', { name: label })}
          maw={{ base: 160, sm: 240 }}
        >
          <Text span truncate="end" inherit>
            {label}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('switcher.mine')}</Menu.Label>
        {workspaces.map((workspace) => (
          <Menu.Item
            key={workspace.id}
            component={Link}
            to={workspacePath(workspace.id)}
            aria-current={workspace.id === current?.id ? 'page' : undefined}
            fw={workspace.id === current?.id ? 700 : undefined}
          >
            {workspace.name}
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Item component={Link} to="/workspaces">
          {t('switcher.all')}
        </Menu.Item>
        <Menu.Item component={Link} to="/workspaces/new">
          {t('switcher.create')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
