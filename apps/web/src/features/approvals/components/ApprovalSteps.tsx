import { Badge, Box, Group, List, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dueAt, useApprovalText, type ApprovalRequest } from './approval-text';

/**
 * A request's steps in order: each with its approvers and rule, the open one with its due
 * time, and who decided what (with their comments) in the current round.
 */
export function ApprovalSteps({ request }: { request: ApprovalRequest }) {
  const { t } = useTranslation();
  const text = useApprovalText();
  const pending = request.status === 'PENDING';
  // The moment the panel opened is close enough to tell "due" from "overdue".
  const [now] = useState(() => Date.now());
  return (
    <Stack
      component="ol"
      gap="xs"
      m={0}
      p={0}
      style={{ listStyle: 'none' }}
      aria-label={t('approvals.steps.label')}
    >
      {request.steps.map((step) => {
        const open = pending && step.index === request.currentStep;
        const done = step.index < request.currentStep || request.status === 'APPROVED';
        const due = open ? dueAt(step, String(request.stepOpenedAt)) : null;
        const decisions = request.decisions.filter(
          (decision) => decision.stepIndex === step.index && decision.round === request.round,
        );
        return (
          <Paper
            component="li"
            key={step.index}
            withBorder
            p="xs"
            data-testid="approval-step"
            data-state={open ? 'open' : done ? 'done' : 'waiting'}
            aria-current={open ? 'step' : undefined}
            style={open ? { borderColor: 'var(--mantine-color-blue-7)', borderWidth: 2 } : {}}
          >
            <Stack gap={4}>
              <Group gap="xs" justify="space-between">
                <Text fw={600} size="sm">
                  {t('approvals.steps.heading', {
                    number: text.number(step.index + 1),
                    name: text.stepName(step),
                  })}
                </Text>
                {open && <Badge color="blue.9">{t('approvals.steps.open')}</Badge>}
              </Group>
              <Text size="sm">
                {text.rule(step)}{' '}
                {step.approvers.map((approver, index) => (
                  <span key={index}>
                    {index > 0 && ', '}
                    <bdi>{text.approver(approver)}</bdi>
                  </span>
                ))}
              </Text>
              {due && (
                <Text size="sm" c={due.getTime() < now ? 'red.9' : undefined}>
                  {due.getTime() < now
                    ? t('approvals.steps.overdue', { time: text.dateTime(due.toISOString()) })
                    : t('approvals.steps.due', { time: text.dateTime(due.toISOString()) })}
                </Text>
              )}
              {step.skippable && <Text size="xs">{t('approvals.steps.skippable')}</Text>}
              {decisions.length > 0 && (
                <List size="sm" spacing={2} data-testid="approval-decisions">
                  {decisions.map((decision) => (
                    <List.Item key={decision.id}>
                      <Box component="span">
                        <bdi>{decision.userName ?? t('approvals.approver.formerMember')}</bdi>
                        {': '}
                        {text.decision(decision.decision)}
                        {decision.late && ` (${t('approvals.steps.late')})`}
                        {' · '}
                        {text.dateTime(decision.createdAt)}
                      </Box>
                      {decision.comment && (
                        <Text size="sm" dir="auto" fs="italic" style={{ whiteSpace: 'pre-wrap' }}>
                          <bdi>{decision.comment}</bdi>
                        </Text>
                      )}
                    </List.Item>
                  ))}
                </List>
              )}
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}
