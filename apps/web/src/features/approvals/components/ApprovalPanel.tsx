import { Badge, Button, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { DocumentApprovalStateQuery } from '../../../gql/graphql';
import { FormAlert } from '../../../ui';
import { VersionDialog } from '../../documents';
import { ToneCheckSummary, ToneGate, toneProblemOf } from '../../tone';
import {
  useChooseApprovalFlow,
  useSkipApprovalStep,
  useSubmitForApproval,
  useWithdrawApproval,
} from '../hooks/use-approvals';
import { ApprovalSteps } from './ApprovalSteps';
import { statusColor, useApprovalProblem, useApprovalText } from './approval-text';
import { DecisionForm } from './DecisionForm';

/** Statuses after which the document may be submitted again. */
const RESUBMITTABLE = new Set(['CHANGES_REQUESTED', 'REJECTED', 'WITHDRAWN']);

export interface ApprovalPanelProps {
  documentId: string;
  state: DocumentApprovalStateQuery;
  /** The signed-in person. */
  meId: string | null;
  /** Editors pick the flow and submit. */
  canEdit: boolean;
  /** Holds the brand's skip right. */
  canSkip: boolean;
  /** Holds `toneOfVoice.override`: may submit a version the tone check blocks, with a reason. */
  canOverrideTone?: boolean;
  renderPreview: (doc: Y.Doc) => ReactNode;
}

/**
 * The approval of one document: the flow it follows (editors may pick another), "Submit for
 * approval", and the current request — where it is, its steps, and what the reader may do
 * now (decide on the submitted version, skip a skippable step, withdraw their submission).
 */
export function ApprovalPanel({
  documentId,
  state,
  meId,
  canEdit,
  canSkip,
  canOverrideTone = false,
  renderPreview,
}: ApprovalPanelProps) {
  const { t } = useTranslation();
  const text = useApprovalText();
  const problemText = useApprovalProblem();
  const [failure, setFailure] = useState<unknown>(null);
  const [notice, setNotice] = useState('');
  const [reading, setReading] = useState(false);
  const [skipping, setSkipping] = useState(false);
  const [reason, setReason] = useState('');
  // The score of a submission the tone check refused (its gate shows until the next attempt).
  const [toneBlocked, setToneBlocked] = useState<{ score: number | null } | null>(null);
  const [choose, choosing] = useChooseApprovalFlow();
  const [submit, submitting] = useSubmitForApproval();
  const [skip, skipState] = useSkipApprovalStep();
  const [withdraw, withdrawing] = useWithdrawApproval();

  const flow = state.documentApprovalFlow;
  const flows = state.approvalFlows;
  const request = state.documentApprovals[0] ?? null;
  const pending = request?.status === 'PENDING';
  const step = request && pending ? request.steps[request.currentStep] : undefined;
  const canSubmit = canEdit && flow !== null && (!request || RESUBMITTABLE.has(request.status));

  const act = (action: () => Promise<unknown>, done: string) => {
    setFailure(null);
    setNotice('');
    action().then(
      () => setNotice(done),
      (error: unknown) => setFailure(error),
    );
  };

  const submitVersion = (toneOverrideReason: string | null) => {
    setFailure(null);
    setNotice('');
    submit({
      variables: {
        documentId,
        flowId: flow?.id ?? null,
        ...(toneOverrideReason === null ? {} : { toneOverrideReason }),
      },
    }).then(
      () => {
        setToneBlocked(null);
        setNotice(t('approvals.submit.done'));
      },
      (error: unknown) => {
        const problem = toneProblemOf(error);
        if (problem?.code === 'TONE_CHECK_BLOCKED') setToneBlocked({ score: problem.score });
        else setFailure(error);
      },
    );
  };

  return (
    <Stack gap="md" data-testid="approval-panel">
      <Stack gap={4}>
        <Title order={3} size="h5">
          {t('approvals.flow.heading')}
        </Title>
        {canEdit && flows.length > 0 && !pending ? (
          <Select
            label={t('approvals.flow.choose')}
            data={flows.map((option) => ({
              value: option.id,
              label: option.isDefault
                ? t('approvals.flow.defaultOption', { name: option.name })
                : option.name,
            }))}
            value={flow?.id ?? null}
            allowDeselect={false}
            disabled={choosing.loading}
            onChange={(flowId) =>
              act(() => choose({ variables: { documentId, flowId } }), t('approvals.flow.chosen'))
            }
          />
        ) : (
          <Text size="sm" data-testid="approval-flow-name">
            {flow ? <bdi>{flow.name}</bdi> : t('approvals.flow.none')}
          </Text>
        )}
        {flow && <Text size="xs">{flow.steps.map((s) => text.stepName(s)).join(' → ')}</Text>}
      </Stack>

      {request && (
        <Stack gap="xs" data-testid="approval-request" data-status={request.status}>
          <Group gap="xs">
            <Badge color={statusColor[request.status]} data-testid="approval-status">
              {text.status(request.status)}
            </Badge>
            {pending && (
              <Text size="sm" fw={600}>
                {t('approvals.request.atStep', {
                  step: text.number(request.currentStep + 1),
                  steps: text.number(request.steps.length),
                })}
              </Text>
            )}
          </Group>
          <Text size="sm">
            {t('approvals.request.submitted', {
              name: request.submitterName ?? t('approvals.approver.formerMember'),
              time: text.dateTime(request.createdAt),
              flow: request.flowName,
            })}
            {request.round > 1 &&
              ` ${t('approvals.request.round', { round: text.number(request.round) })}`}
          </Text>
          {request.needsAttention && <FormAlert message={t('approvals.request.needsAttention')} />}
          <Group gap="xs">
            <Button size="compact-sm" variant="light" onClick={() => setReading(true)}>
              {t('approvals.request.openVersion')}
            </Button>
          </Group>
          <ApprovalSteps request={request} />
          {request.toneCheck && <ToneCheckSummary check={request.toneCheck} />}
          {pending && request.canDecide && (
            <DecisionForm
              key={`${request.id}:${request.round}:${request.currentStep}`}
              request={request}
              onDecided={(late) =>
                setNotice(late ? t('approvals.decide.late') : t('approvals.decide.done'))
              }
            />
          )}
          {pending && step?.skippable && canSkip && (
            <Stack gap={4}>
              {skipping ? (
                <>
                  <TextInput
                    label={t('approvals.skip.reason')}
                    dir="auto"
                    maxLength={500}
                    value={reason}
                    onChange={(event) => setReason(event.currentTarget.value)}
                  />
                  <Group gap="xs" justify="flex-end">
                    <Button variant="default" size="compact-sm" onClick={() => setSkipping(false)}>
                      {t('common.cancel')}
                    </Button>
                    <Button
                      size="compact-sm"
                      loading={skipState.loading}
                      onClick={() =>
                        act(async () => {
                          await skip({
                            variables: {
                              input: {
                                requestId: request.id,
                                stepIndex: request.currentStep,
                                reason: reason.trim() || null,
                              },
                            },
                          });
                          setSkipping(false);
                          setReason('');
                        }, t('approvals.skip.done'))
                      }
                    >
                      {t('approvals.skip.confirm')}
                    </Button>
                  </Group>
                </>
              ) : (
                <Group justify="flex-end">
                  <Button variant="default" size="compact-sm" onClick={() => setSkipping(true)}>
                    {t('approvals.skip.action')}
                  </Button>
                </Group>
              )}
            </Stack>
          )}
          {pending && meId !== null && request.submittedBy === meId && (
            <Group justify="flex-end">
              <Button
                variant="default"
                size="compact-sm"
                loading={withdrawing.loading}
                onClick={() =>
                  act(
                    () => withdraw({ variables: { requestId: request.id } }),
                    t('approvals.withdraw.done'),
                  )
                }
              >
                {t('approvals.withdraw.action')}
              </Button>
            </Group>
          )}
        </Stack>
      )}

      {canSubmit && (
        <Group justify="flex-end">
          <Button loading={submitting.loading} onClick={() => submitVersion(null)}>
            {t('approvals.submit.action')}
          </Button>
        </Group>
      )}
      {canSubmit && toneBlocked && (
        <ToneGate
          documentId={documentId}
          score={toneBlocked.score}
          canOverride={canOverrideTone}
          busy={submitting.loading}
          onOverride={(why) => submitVersion(why)}
        />
      )}
      {!flow && !request && <Text size="sm">{t('approvals.flow.noneNeeded')}</Text>}
      {notice && (
        <Text role="status" size="sm" fw={600}>
          {notice}
        </Text>
      )}
      <FormAlert message={failure !== null ? problemText(failure) : undefined} />
      {reading && request && (
        <VersionDialog
          versionId={request.versionId}
          renderPreview={renderPreview}
          onClose={() => setReading(false)}
        />
      )}
    </Stack>
  );
}
