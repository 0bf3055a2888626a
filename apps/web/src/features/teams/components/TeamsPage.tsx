import { useMutation, useQuery } from '@apollo/client/react';
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
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceTeamsQuery } from '../../../gql/graphql';
import { readProblem, useFormProblem, useProblemMessage } from '../../../errors';
import { ConfirmDialog, DangerButton, FormAlert, Page, PageLoader } from '../../../ui';
import { useCan, useRoleLabels, useWorkspace } from '../../workspaces';
import {
  CreateTeamMutation,
  DeleteTeamMutation,
  SetTeamMemberRolesMutation,
  WorkspaceTeamsQuery as TeamsQuery,
} from '../graphql/teams.graphql';
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
  const { data, error } = useQuery(TeamsQuery, { variables: { id: workspace.id } });

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
  const [name, setName] = useState('');
  const [missing, setMissing] = useState(false);
  const [createTeam, { loading }] = useMutation(CreateTeamMutation, {
    refetchQueries: [TeamsQuery],
    awaitRefetchQueries: true,
  });
  const problem = useFormProblem(['name']);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    problem.clear();
    setMissing(!name.trim());
    if (!name.trim()) return;
    try {
      await createTeam({ variables: { input: { workspaceId: workspace.id, name: name.trim() } } });
      setName('');
    } catch (error) {
      problem.fail(error);
    }
  };

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="create-team-title">
      <Title order={2} size="h4" id="create-team-title" mb="sm">
        {t('teams.createTitle')}
      </Title>
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <Group align="flex-start" gap="sm">
          <TextInput
            label={t('teams.name')}
            dir="auto"
            name="name"
            required
            maxLength={100}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={missing ? t('signUp.missing') : problem.fieldError('name')}
            w={320}
            maw="100%"
          />
          <Button type="submit" loading={loading} mt={25}>
            {t('teams.create')}
          </Button>
        </Group>
        <FormAlert message={problem.formError} />
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
  const message = useProblemMessage();
  const workspace = useWorkspace();
  const [renaming, setRenaming] = useState(false);
  const [deleting, setDeleting] = useState(false);
  // The target outlives the dialog's closing animation, so its title stays while it fades.
  const [rolesTarget, setRolesTarget] = useState<RolesTarget | null>(null);
  const [rolesOpened, setRolesOpened] = useState(false);
  const openRoles = (target: RolesTarget) => {
    setRolesTarget(target);
    setRolesOpened(true);
  };
  const [removing, setRemoving] = useState<Team['members'][number] | null>(null);
  const [error, setError] = useState<string>();
  const [deleteTeam, deletion] = useMutation(DeleteTeamMutation, {
    refetchQueries: [TeamsQuery],
    awaitRefetchQueries: true,
  });
  const [setRoles, removal] = useMutation(SetTeamMemberRolesMutation, {
    refetchQueries: [TeamsQuery],
    awaitRefetchQueries: true,
  });
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
              onClick={() => {
                setError(undefined);
                setDeleting(true);
              }}
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
                          onClick={() => {
                            setError(undefined);
                            setRemoving(member);
                          }}
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
            opened={deleting}
            title={t('teams.deleteTitle', { team: team.name })}
            confirmLabel={t('teams.delete')}
            busy={deletion.loading}
            error={error}
            onClose={() => setDeleting(false)}
            onConfirm={() => {
              deleteTeam({ variables: { teamId: team.id } })
                .then(() => setDeleting(false))
                .catch((cause: unknown) => setError(message(readProblem(cause))));
            }}
          >
            {t('teams.deleteBody')}
          </ConfirmDialog>
          <ConfirmDialog
            opened={removing !== null}
            title={t('teams.removeTitle')}
            confirmLabel={t('teams.remove')}
            busy={removal.loading}
            error={error}
            onClose={() => setRemoving(null)}
            onConfirm={() => {
              if (!removing) return;
              setRoles({
                variables: { input: { teamId: team.id, userId: removing.user.id, roles: [] } },
              })
                .then(() => setRemoving(null))
                .catch((cause: unknown) => setError(message(readProblem(cause))));
            }}
          >
            {t('teams.removeBody', {
              name: removing?.user.displayName ?? '',
              team: team.name,
              workspace: workspace.name,
            })}
          </ConfirmDialog>
        </>
      )}
    </Paper>
  );
}
