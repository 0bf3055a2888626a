import { Box, Button, Group, Radio, Stack, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { problemField, readProblem } from '../../../errors';
import type { ApprovalDecision } from '../../../gql/graphql';
import { FormAlert, statusColors } from '../../../ui';
import { useDecideApproval } from '../hooks/use-approvals';
import { useApprovalProblem, type ApprovalRequest } from './approval-text';

/** Longest comment the form sends (the server keeps comments in the trail). */
export const MAX_COMMENT_LENGTH = 2000;

const ALL_DECISIONS: readonly ApprovalDecision[] = ['APPROVE', 'REQUEST_CHANGES', 'REJECT'];

/** Whether a decision needs a comment: asking for changes and rejecting say why. */
export function needsComment(decision: ApprovalDecision): boolean {
  return decision !== 'APPROVE';
}

/**
 * An approver's decision at the open step, on the version under review: approve, request
 * changes or reject (the last two need a comment, checked here before anything is sent).
 * The server's refusals (decided already, a newer version, …) show in the form.
 */
export function DecisionForm({
  request,
  onDecided,
  choices = ALL_DECISIONS,
}: {
  request: Pick<ApprovalRequest, 'id' | 'currentStep' | 'versionId'>;
  onDecided?: (late: boolean) => void;
  /** The decisions offered (a client at a share link's step: approve or request changes). */
  choices?: readonly ApprovalDecision[];
}) {
  const { t } = useTranslation();
  const problemText = useApprovalProblem();
  const [decide, { loading }] = useDecideApproval();
  const [decision, setDecision] = useState<ApprovalDecision>('APPROVE');
  const [comment, setComment] = useState('');
  const [tried, setTried] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  const missingComment = needsComment(decision) && comment.trim() === '';
  const serverOnComment = failure !== null && problemField(readProblem(failure), 'comment');
  const commentError =
    tried && missingComment
      ? decision === 'REJECT'
        ? t('approvals.decide.rejectCommentRequired')
        : t('approvals.decide.changesCommentRequired')
      : serverOnComment
        ? problemText(failure)
        : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    setFailure(null);
    if (missingComment) return;
    decide({
      variables: {
        input: {
          requestId: request.id,
          stepIndex: request.currentStep,
          versionId: request.versionId,
          decision,
          comment: comment.trim() || null,
        },
      },
    }).then(
      ({ data }) => {
        if (!data) return;
        setComment('');
        setTried(false);
        onDecided?.(data.decideApproval.late);
      },
      (error: unknown) => setFailure(error),
    );
  };

  const label =
    decision === 'APPROVE'
      ? t('approvals.decide.approve')
      : decision === 'REQUEST_CHANGES'
        ? t('approvals.decide.requestChanges')
        : t('approvals.decide.reject');

  return (
    <Box component="form" onSubmit={submit} noValidate aria-label={t('approvals.decide.title')}>
      <Stack gap="xs">
        <Radio.Group
          label={t('approvals.decide.title')}
          value={decision}
          onChange={(value) => setDecision(value)}
        >
          <Group gap="md" mt={4}>
            {choices.includes('APPROVE') && (
              <Radio value="APPROVE" label={t('approvals.decide.approve')} />
            )}
            {choices.includes('REQUEST_CHANGES') && (
              <Radio value="REQUEST_CHANGES" label={t('approvals.decide.requestChanges')} />
            )}
            {choices.includes('REJECT') && (
              <Radio value="REJECT" label={t('approvals.decide.reject')} />
            )}
          </Group>
        </Radio.Group>
        <Textarea
          label={t('approvals.decide.comment')}
          description={
            needsComment(decision)
              ? t('approvals.decide.commentRequired')
              : t('approvals.decide.commentOptional')
          }
          required={needsComment(decision)}
          dir="auto"
          autosize
          minRows={2}
          maxLength={MAX_COMMENT_LENGTH}
          value={comment}
          onChange={(event) => setComment(event.currentTarget.value)}
          error={commentError}
        />
        <FormAlert
          message={failure !== null && !serverOnComment ? problemText(failure) : undefined}
        />
        <Group justify="flex-end">
          <Button
            type="submit"
            loading={loading}
            // statusColors.positive: Mantine's green.9 is just under 4.5:1 with white text.
            color={
              decision === 'APPROVE'
                ? statusColors.positive
                : decision === 'REJECT'
                  ? 'red.9'
                  : undefined
            }
          >
            {label}
          </Button>
        </Group>
      </Stack>
    </Box>
  );
}
