import {
  Badge,
  Button,
  Group,
  Paper,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceTeamsQuery } from '../../../gql/graphql';
import { readProblem, useProblemMessage } from '../../../errors';
import {
  ConfirmDialog,
  DangerButton,
  FormAlert,
  Page,
  PageLoader,
  useConfirmedAction,
  useNameForm,
} from '../../../ui';
import { useCan, useRoleLabels, useWorkspace } from '../../workspaces';
import {
  useCreateTeam,
  useDeleteTeam,
  useSetTeamMemberRoles,
  useWorkspaceTeams,
} from '../hooks/use-teams';
import { RenameTeamDialog } from './RenameTeamDialog';
import { TeamRolesDialog, type RolesTarget } from './TeamRolesDialog';

export type Team = WorkspaceTeamsQuery['workspace']['teams'][number];
export type WorkspaceMember = WorkspaceTeamsQuery['workspace']['members'][number];

/**
 * The workspace's teams and who holds which team roles. Team roles apply to the brands the
 * team is assigned to. Read-only for people without `team.manage`.
 */
export function TeamsPage() {
  const { t } = useTranslation();
  const message = useProblemMessage();
  const workspace = useWorkspace();
  const canManage = useCan('team.manage');
  const { data, error } = useWorkspaceTeams(workspace.id);

  return (
    <Page title={t('teams.title')}>
      <Text maw={720}>{t('teams.intro')}</Text>
      {!canManage && <Text fw={600}>{t('teams.readOnly')}</Text>}
      {canManage && <CreateTeamForm />}
      {!data ? (
        error ? (
          <FormAlert message={message(readProblem(error))} />
        ) : (
          <PageLoader label={t('app.loading')} />
        )
      ) : data.workspace.teams.length === 0 ? (
        <Paper withBorder p="lg">
          <Text>{t('teams.empty')}</Text>
        </Paper>
      ) : (
        data.workspace.teams.map((team) => (
          <TeamCard
            key={team.id}
            team={team}
            members={data.workspace.members}
            canManage={canManage}
          />
        ))
      )}
    </Page>
  );
}

function CreateTeamForm() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const [createTeam] = useCreateTeam();
  const form = useNameForm({
    initial: '',
    submit: async (name) => {
      await createTeam({ variables: { input: { workspaceId: workspace.id, name } } });
      form.reset();
    },
  });

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="create-team-title">
      <Title order={2} size="h4" id="create-team-title" mb="sm">
        {t('teams.createTitle')}
      </Title>
      <form onSubmit={form.onSubmit} noValidate>
        <Group align="flex-start" gap="sm">
          <TextInput
            label={t('teams.name')}
            dir="auto"
            name="name"
            required
            maxLength={100}
            {...form.inputProps}
            w={320}
            maw="100%"
          />
          <Button type="submit" loading={form.busy} mt={25}>
            {t('teams.create')}
          </Button>
        </Group>
        <FormAlert message={form.problem.formError} />
      </form>
    </Paper>
  );
}

function TeamCard({
  team,
  members,
  canManage,
}: {
  team: Team;
  members: WorkspaceMember[];
  canManage: boolean;
}) {
  const { t } = useTranslation();
  const roles = useRoleLabels();
  const workspace = useWorkspace();
  const [renaming, setRenaming] = useState(false);
  // The target outlives the dialog's closing animation, so its title stays while it fades.
  const [rolesTarget, setRolesTarget] = useState<RolesTarget | null>(null);
  const [rolesOpened, setRolesOpened] = useState(false);
  const openRoles = (target: RolesTarget) => {
    setRolesTarget(target);
    setRolesOpened(true);
  };
  const [deleteTeam] = useDeleteTeam();
  const [setRoles] = useSetTeamMemberRoles();
  const deleting = useConfirmedAction(() => deleteTeam({ variables: { teamId: team.id } }));
  const removing = useConfirmedAction((member: Team['members'][number]) =>
    setRoles({ variables: { input: { teamId: team.id, userId: member.user.id, roles: [] } } }),
  );
  const titleId = `team-${team.id}`;
  const candidates = members.filter(
    (member) => !team.members.some((inTeam) => inTeam.user.id === member.user.id),
  );

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={titleId}>
      <Group justify="space-between" mb="sm" gap="sm">
        <Title order={2} size="h3" id={titleId}>
          {team.name}
        </Title>
        {canManage && (
          <Group gap="xs">
            <Button
              size="compact-sm"
              onClick={() => openRoles({ kind: 'add', team, candidates })}
              disabled={candidates.length === 0}
            >
              {t('teams.addPerson')}
            </Button>
            <Button size="compact-sm" variant="default" onClick={() => setRenaming(true)}>
              {t('teams.rename')}
            </Button>
            <Button
              size="compact-sm"
              variant="outline"
              color="red.9"
              onClick={() => deleting.ask()}
            >
              {t('teams.delete')}
            </Button>
          </Group>
        )}
      </Group>
      {team.members.length === 0 ? (
        <Text>{t('teams.noPeople')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('teams.person')}</Table.Th>
                <Table.Th scope="col">{t('teams.roles')}</Table.Th>
                {canManage && (
                  <Table.Th scope="col">
                    <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {team.members.map((member) => (
                <Table.Tr key={member.user.id}>
                  <Table.Td>
                    <Text inherit fw={600}>
                      <bdi>{member.user.displayName}</bdi>
                    </Text>
                    <Text size="sm" c="gray.7">
                      <bdi>{member.user.email}</bdi>
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={6}>
                      {member.roles.map((role) => (
                        <Badge key={role} variant="outline" color="indigo.9">
                          {roles.label(role)}
                        </Badge>
                      ))}
                    </Group>
                  </Table.Td>
                  {canManage && (
                    <Table.Td>
                      <Group gap="xs" justify="flex-end" wrap="nowrap">
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          onClick={() => openRoles({ kind: 'edit', team, member })}
                          aria-label={t('common.actionFor', {
                            action: t('teams.editRoles'),
                            name: member.user.displayName,
                          })}
                        >
                          {t('teams.editRoles')}
                        </Button>
                        <DangerButton
                          onClick={() => removing.ask(member)}
                          aria-label={t('common.actionFor', {
                            action: t('teams.remove'),
                            name: member.user.displayName,
                          })}
                        >
                          {t('teams.remove')}
                        </DangerButton>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {canManage && (
        <>
          <RenameTeamDialog team={team} opened={renaming} onClose={() => setRenaming(false)} />
          <TeamRolesDialog
            target={rolesTarget}
            opened={rolesOpened}
            onClose={() => setRolesOpened(false)}
          />
          <ConfirmDialog
            {...deleting.dialog}
            title={t('teams.deleteTitle', { team: team.name })}
            confirmLabel={t('teams.delete')}
          >
            {t('teams.deleteBody')}
          </ConfirmDialog>
          <ConfirmDialog
            {...removing.dialog}
            title={t('teams.removeTitle')}
            confirmLabel={t('teams.remove')}
          >
            {t('teams.removeBody', {
              name: removing.target?.user.displayName ?? '',
              team: team.name,
              workspace: workspace.name,
            })}
          </ConfirmDialog>
        </>
      )}
    </Paper>
  );
}
