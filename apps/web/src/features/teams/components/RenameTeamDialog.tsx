import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormProblem } from '../../../errors';
import { FormAlert } from '../../../ui';
import { RenameTeamMutation } from '../graphql/teams.graphql';
import type { Team } from './TeamsPage';

export function RenameTeamDialog({
  team,
  opened,
  onClose,
}: {
  team: Team;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(team.name);
  const [missing, setMissing] = useState(false);
  const [renameTeam, { loading }] = useMutation(RenameTeamMutation);
  const problem = useFormProblem(['name']);

  const close = () => {
    setName(team.name);
    setMissing(false);
    problem.clear();
    onClose();
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    problem.clear();
    setMissing(!name.trim());
    if (!name.trim()) return;
    try {
      await renameTeam({ variables: { input: { teamId: team.id, name: name.trim() } } });
      onClose();
    } catch (error) {
      problem.fail(error);
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('teams.renameTitle', { team: team.name })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('teams.name')}
            dir="auto"
            required
            maxLength={100}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={missing ? t('signUp.missing') : problem.fieldError('name')}
            data-autofocus
          />
          <FormAlert message={problem.formError} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
