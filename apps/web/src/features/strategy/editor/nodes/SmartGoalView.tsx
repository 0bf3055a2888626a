import { checkSmart, type SmartGoalAttrs } from '@chorus/strategy-model';
import { SimpleGrid } from '@mantine/core';
import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditorSettings } from '../editor-settings';
import { BlockField } from './BlockField';
import { BlockHeader } from './BlockHeader';
import { fieldValue } from './field-attributes';
import { SmartChecklist } from './SmartChecklist';

function readGoal(attrs: Record<string, unknown>): SmartGoalAttrs {
  return {
    goalId: fieldValue(attrs.goalId),
    statement: fieldValue(attrs.statement),
    metric: fieldValue(attrs.metric),
    baseline: fieldValue(attrs.baseline),
    target: fieldValue(attrs.target),
    deadline: fieldValue(attrs.deadline),
    why: fieldValue(attrs.why),
  };
}

/** A SMART goal card: its fields, and the checklist of what keeps it from being SMART. */
export function SmartGoalView({ node, editor, updateAttributes, deleteNode }: ReactNodeViewProps) {
  const { t } = useTranslation();
  const { editable, today } = useEditorSettings();
  const titleId = useId();
  const checklistId = useId();
  const goal = readGoal(node.attrs);
  const issues = checkSmart(goal, today);
  const set = (field: keyof SmartGoalAttrs) => (value: string) =>
    updateAttributes({ [field]: value });
  const field = (name: Exclude<keyof SmartGoalAttrs, 'goalId'>) => ({
    editor,
    editable,
    value: goal[name],
    onChange: set(name),
    label: t(`strategyEditor.goal.fields.${name}`),
  });

  return (
    <NodeViewWrapper
      className="strategy-card strategy-card--goal"
      role="group"
      aria-labelledby={titleId}
      data-goal-id={goal.goalId}
      dir="auto"
    >
      <BlockHeader
        id={titleId}
        title={t('strategyEditor.blocks.smartGoal')}
        removeLabel={t('strategyEditor.goal.remove')}
        onRemove={deleteNode}
        editable={editable}
      />
      <BlockField
        {...field('statement')}
        multiline
        placeholder={t('strategyEditor.goal.placeholders.statement')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing="xs">
        <BlockField
          {...field('metric')}
          placeholder={t('strategyEditor.goal.placeholders.metric')}
        />
        <BlockField
          {...field('deadline')}
          type="date"
          error={
            issues.includes('deadline_past')
              ? t('strategyEditor.goal.issues.deadline_past')
              : issues.includes('deadline_invalid')
                ? t('strategyEditor.goal.deadlineUnreadable', { value: goal.deadline })
                : undefined
          }
        />
        <BlockField
          {...field('baseline')}
          placeholder={t('strategyEditor.goal.placeholders.baseline')}
          error={
            issues.includes('baseline_not_number')
              ? t('strategyEditor.goal.issues.baseline_not_number')
              : undefined
          }
        />
        <BlockField
          {...field('target')}
          placeholder={t('strategyEditor.goal.placeholders.target')}
          error={
            issues.includes('target_not_number')
              ? t('strategyEditor.goal.issues.target_not_number')
              : undefined
          }
        />
      </SimpleGrid>
      <BlockField {...field('why')} multiline />
      <SmartChecklist issues={issues} id={checklistId} />
    </NodeViewWrapper>
  );
}
