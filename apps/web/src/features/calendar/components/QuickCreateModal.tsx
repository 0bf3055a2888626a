import { Button, Group, Modal, MultiSelect, Select, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SocialNetwork } from '../../../gql/graphql';
import { FormAlert } from '../../../ui';
import type { CalendarChange } from '../hooks/use-calendar';
import { networkLabel } from './CalendarFilters';

export interface QuickCreateInput {
  title: string;
  publishAt: string;
  networks: SocialNetwork[];
  categoryId: string | null;
}

export interface QuickCreateModalProps {
  /** The local date-time clicked, or null when closed. */
  publishAt: string | null;
  timeZone: string;
  networks: readonly SocialNetwork[];
  categories: ReadonlyArray<{ id: string; name: string }>;
  creating: boolean;
  problem: string | null;
  onClose: () => void;
  onCreate: (input: QuickCreateInput, open: boolean) => Promise<CalendarChange>;
}

/** A new post at the clicked time: title, time, networks and category; then stay or open it. */
export function QuickCreateModal(props: QuickCreateModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={props.publishAt !== null}
      onClose={props.onClose}
      title={t('calendar.create.title')}
    >
      {props.publishAt !== null && (
        <QuickCreateForm key={props.publishAt} {...props} initial={props.publishAt} />
      )}
    </Modal>
  );
}

function QuickCreateForm({
  initial,
  timeZone,
  networks,
  categories,
  creating,
  problem,
  onClose,
  onCreate,
}: QuickCreateModalProps & { initial: string }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [time, setTime] = useState(initial);
  const [chosen, setChosen] = useState<SocialNetwork[]>([]);
  const [categoryId, setCategoryId] = useState<string | null>(null);
  const [open, setOpen] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (title.trim() === '' || time === '') return;
    // Which button sent the form: "create" stays on the calendar, "create and open" opens the post.
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const andOpen = submitter?.getAttribute('data-open') === 'true';
    setOpen(andOpen);
    onCreate({ title: title.trim(), publishAt: time, networks: chosen, categoryId }, andOpen).catch(
      () => undefined,
    );
  };

  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <TextInput
          label={t('calendar.create.postTitle')}
          value={title}
          onChange={(event) => setTitle(event.currentTarget.value)}
          required
          maxLength={200}
          data-autofocus
        />
        <TextInput
          type="datetime-local"
          label={t('calendar.create.publishAt')}
          description={t('calendar.timeZoneNote', { timeZone })}
          value={time}
          onChange={(event) => setTime(event.currentTarget.value)}
          required
        />
        <MultiSelect
          label={t('calendar.filters.networks')}
          data={networks.map((network) => ({ value: network, label: networkLabel(network) }))}
          value={chosen}
          onChange={(values) => setChosen(networks.filter((network) => values.includes(network)))}
          clearable
        />
        <Select
          label={t('calendar.create.category')}
          data={categories.map((category) => ({ value: category.id, label: category.name }))}
          value={categoryId}
          onChange={setCategoryId}
          clearable
        />
        {problem && <FormAlert message={problem} />}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" variant="light" loading={creating && !open} data-open="false">
            {t('calendar.create.submit')}
          </Button>
          <Button type="submit" loading={creating && open} data-open="true">
            {t('calendar.create.submitAndOpen')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
