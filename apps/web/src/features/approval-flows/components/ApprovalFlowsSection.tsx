import { Alert, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApprovalFlowFieldsFragment, DocumentKind } from '../../../gql/graphql';
import { readProblem, useProblemMessage } from '../../../errors';
import { ConfirmDialog, FormAlert, PageLoader } from '../../../ui';
import { useRoleLabels } from '../../workspaces';
import {
  draftErrorFromServer,
  draftFromFlow,
  FLOW_KINDS,
  newFlowDraft,
  reopenToInput,
  stepsInput,
  type DraftError,
  type FlowDraft,
} from '../flow-draft';
import {
  useBrandApprovalFlows,
  useCreateApprovalFlow,
  useDeleteApprovalFlow,
  useUpdateApprovalFlow,
} from '../hooks/use-approval-flows';
import { useConfirmedAction } from '../../../ui';
import { FlowEditor } from './FlowEditor';
import type { PersonOption } from './StepFields';

type Flow = ApprovalFlowFieldsFragment;

/**
 * The brand's approval flows on its settings page, per document kind, for those who may
 * design them (`approvalFlow.manage`: owners, admins, leads); nobody else sees the section.
 */
export function ApprovalFlowsSection({
  brandId,
  actions,
}: {
  brandId: string;
  actions: readonly string[];
}) {
  if (!actions.includes('approvalFlow.manage')) return null;
  return <FlowsEditorSection brandId={brandId} />;
}

function FlowsEditorSection({ brandId }: { brandId: string }) {
  const { t } = useTranslation();
  const message = useProblemMessage();
  const { data, error } = useBrandApprovalFlows(brandId);
  const [create, creating] = useCreateApprovalFlow(brandId);
  const [update, updating] = useUpdateApprovalFlow(brandId);
  const [remove] = useDeleteApprovalFlow(brandId);
  const [editor, setEditor] = useState<{ flow: Flow | null; draft: FlowDraft } | null>(null);
  const [serverErrors, setServerErrors] = useState<DraftError[]>([]);
  const [formError, setFormError] = useState<string | undefined>();
  const deleting = useConfirmedAction((flow: Flow) => remove({ variables: { id: flow.id } }));
  const defaulting = useConfirmedAction((flow: Flow) =>
    update({ variables: { input: { flowId: flow.id, isDefault: true } } }),
  );

  const people = useMemo<PersonOption[]>(() => {
    const seen = new Map<string, string>();
    for (const team of data?.brand.teams ?? []) {
      for (const member of team.members) seen.set(member.user.id, member.user.displayName);
    }
    return [...seen].map(([value, label]) => ({ value, label }));
  }, [data]);

  const open = (flow: Flow | null, kind: DocumentKind) => {
    setServerErrors([]);
    setFormError(undefined);
    const hasDefault = (data?.approvalFlows ?? []).some(
      (f) => f.documentKind === kind && f.isDefault,
    );
    setEditor({ flow, draft: flow ? draftFromFlow(flow) : newFlowDraft(kind, !hasDefault) });
  };

  const save = async (draft: FlowDraft) => {
    if (!editor) return;
    setServerErrors([]);
    setFormError(undefined);
    try {
      if (editor.flow) {
        await update({
          variables: {
            input: {
              flowId: editor.flow.id,
              name: draft.name,
              isDefault: draft.isDefault,
              steps: stepsInput(draft),
              reopenToStep: reopenToInput(draft),
            },
          },
        });
      } else {
        await create({
          variables: {
            input: {
              brandId,
              name: draft.name,
              documentKind: draft.documentKind,
              isDefault: draft.isDefault,
              steps: stepsInput(draft),
              reopenToStep: reopenToInput(draft),
            },
          },
        });
      }
      setEditor(null);
    } catch (cause) {
      const problem = readProblem(cause);
      const placed = problem.code === 'VALIDATION' ? draftErrorFromServer(problem.field) : null;
      if (placed) setServerErrors([placed]);
      else setFormError(message(problem));
    }
  };

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="brand-approval-flows">
      <Title order={2} size="h3" id="brand-approval-flows" mb="xs">
        {t('approvalFlows.title')}
      </Title>
      <Text maw={720} mb="md">
        {t('approvalFlows.intro')}
      </Text>
      {!data ? (
        error ? (
          <FormAlert message={message(readProblem(error))} />
        ) : (
          <PageLoader label={t('app.loading')} />
        )
      ) : (
        <Stack gap="lg">
          {FLOW_KINDS.map((kind) => (
            <KindFlows
              key={kind}
              kind={kind}
              flows={data.approvalFlows.filter((flow) => flow.documentKind === kind)}
              onCreate={() => open(null, kind)}
              onEdit={(flow) => open(flow, kind)}
              onDelete={(flow) => deleting.ask(flow)}
              onMakeDefault={(flow) => defaulting.run(flow)}
            />
          ))}
          <FormAlert message={defaulting.error} />
        </Stack>
      )}
      {editor && (
        <FlowEditor
          title={editor.flow ? t('approvalFlows.editTitle') : t('approvalFlows.createTitle')}
          initial={editor.draft}
          editing={editor.flow !== null}
          people={people}
          busy={creating.loading || updating.loading}
          serverErrors={serverErrors}
          formError={formError}
          onSubmit={(draft) => void save(draft)}
          onClose={() => setEditor(null)}
        />
      )}
      <ConfirmDialog
        {...deleting.dialog}
        title={t('approvalFlows.deleteTitle', { name: deleting.target?.name ?? '' })}
        confirmLabel={t('approvalFlows.delete')}
      >
        {t('approvalFlows.deleteBody')}
      </ConfirmDialog>
    </Paper>
  );
}

function KindFlows({
  kind,
  flows,
  onCreate,
  onEdit,
  onDelete,
  onMakeDefault,
}: {
  kind: DocumentKind;
  flows: readonly Flow[];
  onCreate: () => void;
  onEdit: (flow: Flow) => void;
  onDelete: (flow: Flow) => void;
  onMakeDefault: (flow: Flow) => void;
}) {
  const { t } = useTranslation();
  const headingId = `approval-flows-${kind}`;
  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Group justify="space-between">
        <Title order={3} size="h4" id={headingId}>
          {t(`approvalFlows.kindsPlural.${kind}`)}
        </Title>
        <Button size="xs" variant="light" onClick={onCreate}>
          {t('approvalFlows.create')}
        </Button>
      </Group>
      {flows.length === 0 ? (
        <Text c="dimmed">{t('approvalFlows.noFlow')}</Text>
      ) : (
        flows.map((flow) => (
          <FlowCard
            key={flow.id}
            flow={flow}
            onEdit={() => onEdit(flow)}
            onDelete={() => onDelete(flow)}
            onMakeDefault={() => onMakeDefault(flow)}
          />
        ))
      )}
    </Stack>
  );
}

function FlowCard({
  flow,
  onEdit,
  onDelete,
  onMakeDefault,
}: {
  flow: Flow;
  onEdit: () => void;
  onDelete: () => void;
  onMakeDefault: () => void;
}) {
  const { t } = useTranslation();
  const roles = useRoleLabels();
  const steps = [...flow.steps].sort((a, b) => a.index - b.index);
  const personName = (userId: string | null) =>
    steps.flatMap((step) => step.approvers).find((approver) => approver.userId === userId)
      ?.userName ?? t('approvalFlows.someone');
  return (
    <Paper withBorder p="md" data-testid="approval-flow">
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text fw={600}>{flow.name}</Text>
          {flow.isDefault && (
            <Badge variant="filled" color="indigo.9">
              {t('approvalFlows.default')}
            </Badge>
          )}
        </Group>
        <Stack component="ol" gap={2} m={0} ps="lg">
          {steps.map((step) => (
            <Text component="li" size="sm" key={step.index}>
              <strong>{step.name}</strong> —{' '}
              {t(step.rule === 'ALL' ? 'approvalFlows.summary.all' : 'approvalFlows.summary.any', {
                approvers: step.approvers
                  .map((a) =>
                    a.kind === 'ROLE' && a.role
                      ? roles.label(a.role)
                      : (a.userName ?? t('approvalFlows.someone')),
                  )
                  .join(', '),
              })}
              {step.dueInMinutes != null &&
                ` · ${t('approvalFlows.summary.due', { hours: Math.round((step.dueInMinutes / 60) * 100) / 100 })}`}
              {step.skippable && ` · ${t('approvalFlows.summary.skippable')}`}
            </Text>
          ))}
        </Stack>
        {flow.reopenToStep > 0 && steps[flow.reopenToStep] && (
          <Text size="sm" c="dimmed">
            {t('approvalFlows.summary.reopensAt', {
              number: flow.reopenToStep + 1,
              name: steps[flow.reopenToStep]!.name,
            })}
          </Text>
        )}
        {flow.missingApprovers.length > 0 && (
          <Alert color="orange" variant="light" title={t('approvalFlows.gap.title')} role="alert">
            <Stack component="ul" gap={2} m={0} ps="md">
              {flow.missingApprovers.map((gap, i) => (
                <Text component="li" size="sm" key={i}>
                  {gap.kind === 'ROLE' && gap.role
                    ? t('approvalFlows.gap.role', {
                        number: gap.stepIndex + 1,
                        role: roles.label(gap.role),
                      })
                    : t('approvalFlows.gap.person', {
                        number: gap.stepIndex + 1,
                        name: personName(gap.userId),
                      })}
                </Text>
              ))}
            </Stack>
          </Alert>
        )}
        <Group gap="xs">
          <Button size="xs" variant="outline" onClick={onEdit}>
            {t('approvalFlows.edit')}
          </Button>
          {!flow.isDefault && (
            <Button size="xs" variant="outline" onClick={onMakeDefault}>
              {t('approvalFlows.makeDefaultAction')}
            </Button>
          )}
          <Button size="xs" variant="outline" color="red.9" onClick={onDelete}>
            {t('approvalFlows.delete')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
