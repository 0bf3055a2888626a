import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormAlert, useNameForm } from '../../../ui';
import { useRenameTeam } from '../hooks/use-teams';
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
  const [renameTeam] = useRenameTeam();
  const form = useNameForm({
    initial: team.name,
    submit: async (name) => {
      await renameTeam({ variables: { input: { teamId: team.id, name } } });
      onClose();
    },
  });

  const close = () => {
    form.reset();
    onClose();
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('teams.renameTitle', { team: team.name })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={form.onSubmit} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('teams.name')}
            dir="auto"
            required
            maxLength={100}
            {...form.inputProps}
            data-autofocus
          />
          <FormAlert message={form.problem.formError} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={form.busy}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
