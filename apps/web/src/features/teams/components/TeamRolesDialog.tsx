import { Button, Checkbox, Group, Modal, NativeSelect, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamRole } from '../../../gql/graphql';
import { useFormProblem } from '../../../errors';
import { FormAlert } from '../../../ui';
import { teamRoles, useRoleLabels } from '../../workspaces';
import { useSetTeamMemberRoles } from '../hooks/use-teams';
import type { Team, WorkspaceMember } from './TeamsPage';

/** Adding a person to a team, or changing the roles of someone already in it. */
export type RolesTarget =
  | { kind: 'add'; team: Team; candidates: WorkspaceMember[] }
  | { kind: 'edit'; team: Team; member: Team['members'][number] };

/** Picks a person (when adding) and any number of team roles, each with what it allows. */
export function TeamRolesDialog({
  target,
  opened,
  onClose,
}: {
  target: RolesTarget | null;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const title = !target
    ? ''
    : target.kind === 'add'
      ? t('teams.addTitle', { team: target.team.name })
      : t('teams.editTitle', { name: target.member.user.displayName, team: target.team.name });

  return (
    <Modal
      opened={opened && target !== null}
      onClose={onClose}
      title={title}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {target && opened && (
        // Keyed so each opening starts from that person's current roles.
        <RolesForm
          key={target.kind === 'edit' ? target.member.user.id : 'add'}
          target={target}
          onDone={onClose}
        />
      )}
    </Modal>
  );
}

function RolesForm({ target, onDone }: { target: RolesTarget; onDone: () => void }) {
  const { t } = useTranslation();
  const roles = useRoleLabels();
  const [userId, setUserId] = useState(target.kind === 'edit' ? target.member.user.id : '');
  const [chosen, setChosen] = useState<TeamRole[]>(
    target.kind === 'edit' ? [...target.member.roles] : [],
  );
  const [missing, setMissing] = useState({ person: false, roles: false });
  const [setTeamRoles, { loading }] = useSetTeamMemberRoles();
  const problem = useFormProblem(['userId', 'roles']);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    problem.clear();
    const nowMissing = { person: !userId, roles: chosen.length === 0 };
    setMissing(nowMissing);
    if (nowMissing.person || nowMissing.roles) return;
    try {
      await setTeamRoles({
        variables: { input: { teamId: target.team.id, userId, roles: chosen } },
      });
      onDone();
    } catch (error) {
      problem.fail(error);
    }
  };

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate>
      <Stack gap="md">
        {target.kind === 'add' && (
          <NativeSelect
            label={t('teams.person')}
            required
            value={userId}
            onChange={(event) => setUserId(event.currentTarget.value)}
            error={missing.person ? t('teams.choosePerson') : problem.fieldError('userId')}
            data={[
              { value: '', label: t('teams.choosePersonOption'), disabled: true },
              ...target.candidates.map((member) => ({
                value: member.user.id,
                label: `${member.user.displayName} (${member.user.email})`,
              })),
            ]}
          />
        )}
        <Checkbox.Group
          label={t('teams.roles')}
          description={t('teams.rolesHint')}
          value={chosen}
          onChange={(value) => setChosen(value)}
          error={missing.roles ? t('teams.chooseRole') : problem.fieldError('roles')}
          required
        >
          <Stack gap="sm" mt="xs">
            {teamRoles.map((role) => (
              <Checkbox
                key={role}
                value={role}
                label={roles.label(role)}
                description={roles.description(role)}
              />
            ))}
          </Stack>
        </Checkbox.Group>
        {target.kind === 'add' && target.candidates.length === 0 && (
          <Text>{t('teams.everyoneIn')}</Text>
        )}
        <FormAlert message={problem.formError} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {target.kind === 'add' ? t('teams.addSubmit') : t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
