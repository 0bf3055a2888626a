import {
  ActionIcon,
  Group,
  MultiSelect,
  Paper,
  SegmentedControl,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRoleLabels } from '../../workspaces';
import { APPROVER_ROLES, type StepDraft } from '../flow-draft';

export interface PersonOption {
  value: string;
  label: string;
}

/** One step of the flow editor: name, approvers (roles and people), rule, due time, skip. */
export function StepFields({
  step,
  index,
  count,
  people,
  error,
  onChange,
  onMove,
  onRemove,
}: {
  step: StepDraft;
  index: number;
  count: number;
  people: readonly PersonOption[];
  error: (part: 'name' | 'approvers' | 'dueInMinutes' | 'rule') => string | undefined;
  onChange: (step: StepDraft) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const roles = useRoleLabels();
  const number = index + 1;
  const approversError = error('approvers');
  return (
    <Paper
      withBorder
      p="md"
      component="fieldset"
      aria-label={t('approvalFlows.step.label', { number })}
      m={0}
    >
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Text fw={600}>{t('approvalFlows.step.label', { number })}</Text>
          <Group gap={4} wrap="nowrap">
            <ActionIcon
              variant="subtle"
              disabled={index === 0}
              aria-label={t('approvalFlows.step.moveUp', { number })}
              onClick={() => onMove(-1)}
            >
              <span aria-hidden>↑</span>
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              disabled={index === count - 1}
              aria-label={t('approvalFlows.step.moveDown', { number })}
              onClick={() => onMove(1)}
            >
              <span aria-hidden>↓</span>
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              color="red.9"
              disabled={count === 1}
              aria-label={t('approvalFlows.step.remove', { number })}
              onClick={onRemove}
            >
              <span aria-hidden>✕</span>
            </ActionIcon>
          </Group>
        </Group>
        <TextInput
          label={t('approvalFlows.step.name')}
          placeholder={t('approvalFlows.step.namePlaceholder')}
          maxLength={100}
          value={step.name}
          error={error('name')}
          onChange={(event) => onChange({ ...step, name: event.currentTarget.value })}
        />
        <MultiSelect
          label={t('approvalFlows.step.roles')}
          description={t('approvalFlows.step.rolesHint')}
          data={APPROVER_ROLES.map((role) => ({ value: role, label: roles.label(role) }))}
          value={step.roles}
          error={approversError}
          onChange={(values) =>
            onChange({ ...step, roles: APPROVER_ROLES.filter((role) => values.includes(role)) })
          }
        />
        <MultiSelect
          label={t('approvalFlows.step.people')}
          description={t('approvalFlows.step.peopleHint')}
          data={[...people]}
          searchable
          value={step.userIds}
          onChange={(userIds) => onChange({ ...step, userIds })}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id={`${step.key}-rule`}>
            {t('approvalFlows.step.rule')}
          </Text>
          <SegmentedControl
            aria-labelledby={`${step.key}-rule`}
            value={step.rule}
            data={[
              { value: 'ANY', label: t('approvalFlows.step.ruleAny') },
              { value: 'ALL', label: t('approvalFlows.step.ruleAll') },
            ]}
            onChange={(rule) => onChange({ ...step, rule: rule === 'ALL' ? 'ALL' : 'ANY' })}
          />
          {error('rule') && (
            <Text size="sm" c="red.9">
              {error('rule')}
            </Text>
          )}
        </Stack>
        <Group align="flex-start" gap="lg">
          <TextInput
            label={t('approvalFlows.step.dueHours')}
            description={t('approvalFlows.step.dueHint')}
            inputMode="decimal"
            w={220}
            value={step.dueHours}
            error={error('dueInMinutes')}
            onChange={(event) => onChange({ ...step, dueHours: event.currentTarget.value })}
          />
          <Switch
            mt={30}
            label={t('approvalFlows.step.skippable')}
            checked={step.skippable}
            onChange={(event) => onChange({ ...step, skippable: event.currentTarget.checked })}
          />
        </Group>
      </Stack>
    </Paper>
  );
}
