import {
  Button,
  Checkbox,
  Group,
  Modal,
  NativeSelect,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../ui';
import {
  checkDraft,
  emptyStep,
  errorAt,
  FLOW_KINDS,
  moveStep,
  reopenToInput,
  type DraftError,
  type DraftErrorKind,
  type FlowDraft,
} from '../flow-draft';
import { StepFields, type PersonOption } from './StepFields';

/** The flow editor: name, kind, default, ordered steps; errors sit on their fields. */
export function FlowEditor({
  title,
  initial,
  editing,
  people,
  busy,
  serverErrors,
  formError,
  onSubmit,
  onClose,
}: {
  title: string;
  initial: FlowDraft;
  /** The kind of a saved flow cannot change. */
  editing: boolean;
  people: readonly PersonOption[];
  busy: boolean;
  /** A VALIDATION error the server named a field for, placed on that field. */
  serverErrors: readonly DraftError[];
  formError: string | undefined;
  onSubmit: (draft: FlowDraft) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const [checked, setChecked] = useState<DraftError[] | null>(null);
  // Local checks first; once they pass, what the server said about the last attempt.
  const errors = checked && checked.length > 0 ? checked : serverErrors;
  const message = (kind: DraftErrorKind) => t(`approvalFlows.errors.${kind}`);
  const show = (error: DraftError | undefined) => (error ? message(error.kind) : undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = checkDraft(draft);
    setChecked(found);
    if (found.length === 0) onSubmit({ ...draft, name: draft.name.trim() });
  };

  const stepsError = errorAt(errors, { at: 'steps' });
  return (
    <Modal
      opened
      onClose={onClose}
      title={title}
      size="xl"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('approvalFlows.name')}
            placeholder={t('approvalFlows.namePlaceholder')}
            required
            maxLength={200}
            value={draft.name}
            error={show(errorAt(errors, { at: 'name' }))}
            onChange={(event) => setDraft({ ...draft, name: event.currentTarget.value })}
          />
          <NativeSelect
            label={t('approvalFlows.kind')}
            disabled={editing}
            value={draft.documentKind}
            data={FLOW_KINDS.map((kind) => ({
              value: kind,
              label: t(`approvalFlows.kinds.${kind}`),
            }))}
            onChange={(event) => {
              const kind = FLOW_KINDS.find((k) => k === event.currentTarget.value);
              if (kind) setDraft({ ...draft, documentKind: kind });
            }}
          />
          <Checkbox
            label={t('approvalFlows.makeDefault')}
            checked={draft.isDefault}
            onChange={(event) => setDraft({ ...draft, isDefault: event.currentTarget.checked })}
          />
          <Stack gap="sm" component="section" aria-label={t('approvalFlows.steps')}>
            <Text fw={600}>{t('approvalFlows.steps')}</Text>
            {draft.steps.map((step, index) => (
              <StepFields
                key={step.key}
                step={step}
                index={index}
                count={draft.steps.length}
                people={people}
                error={(part) => show(errorAt(errors, { at: 'step', step: index, part }))}
                onChange={(next) =>
                  setDraft({
                    ...draft,
                    steps: draft.steps.map((s, i) => (i === index ? next : s)),
                  })
                }
                onMove={(by) => setDraft({ ...draft, steps: moveStep(draft.steps, index, by) })}
                onRemove={() =>
                  setDraft({ ...draft, steps: draft.steps.filter((_, i) => i !== index) })
                }
              />
            ))}
            {stepsError && (
              <Text c="red.9" size="sm" role="alert">
                {show(stepsError)}
              </Text>
            )}
            <div>
              <Button
                variant="light"
                onClick={() => setDraft({ ...draft, steps: [...draft.steps, emptyStep()] })}
              >
                {t('approvalFlows.addStep')}
              </Button>
            </div>
          </Stack>
          {draft.steps.length > 0 && (
            <NativeSelect
              label={t('approvalFlows.reopenTo')}
              description={t('approvalFlows.reopenToHint')}
              value={draft.steps[reopenToInput(draft)]!.key}
              error={show(errorAt(errors, { at: 'reopenTo' }))}
              data={draft.steps.map((step, index) => ({
                value: step.key,
                label: step.name.trim()
                  ? t('approvalFlows.reopenToNamedStep', { number: index + 1, name: step.name })
                  : t('approvalFlows.step.label', { number: index + 1 }),
              }))}
              onChange={(event) => setDraft({ ...draft, reopenToKey: event.currentTarget.value })}
            />
          )}
          <FormAlert message={formError} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('approvalFlows.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
