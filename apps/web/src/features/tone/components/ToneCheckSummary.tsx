import { NETWORKS, isNetworkId } from '@chorus/post-model';
import { formatMessage, MESSAGES, type MessageKey } from '@chorus/tone-check';
import { Alert, Button, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { ToneCheckFieldsFragment } from '../../../gql/graphql';
import { FormAlert, PageLoader } from '../../../ui';
import { useToneCheckDocument, useToneLocale } from '../hooks/use-tone';
import { GuidelineVersionModal } from './GuidelineHistory';
import { ToneFindingList, ToneScore, verdictName, type ToneFindingItem } from './ToneSummary';

type StoredCheck = ToneCheckFieldsFragment;

function readParams(json: string): Record<string, string | number> {
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === 'object' && value !== null
      ? (value as Record<string, string | number>)
      : {};
  } catch {
    return {};
  }
}

/** The server's findings as list items, their messages in the reader's locale. */
function useStoredFindings(check: StoredCheck): ToneFindingItem[] {
  const { t } = useTranslation();
  const locale = useToneLocale();
  return check.findings.map((finding, index) => {
    const key = finding.messageKey as MessageKey;
    const message =
      key in MESSAGES.en ? formatMessage(locale, key, readParams(finding.params)) : finding.text;
    const part =
      finding.part === 'base'
        ? t('tone.part.base')
        : isNetworkId(finding.part)
          ? NETWORKS[finding.part].label
          : undefined;
    return {
      key: `${index}:${finding.ruleId}:${finding.part}:${finding.from}`,
      message,
      severity: finding.severity === 'required' ? 'required' : 'recommended',
      escalation: finding.kind === 'escalation',
      text: finding.text,
      ...(part ? { part } : {}),
    };
  });
}

/**
 * The stored tone check of the version under approval: score, verdict, the chief expert's
 * override and its reason when there is one, and the findings. Shown to approvers.
 */
export function ToneCheckSummary({ check }: { check: StoredCheck }) {
  const { t } = useTranslation();
  const items = useStoredFindings(check);
  return (
    <Stack gap="xs" data-testid="approval-tone-check">
      <Title order={4} size="h6">
        {t('tone.approval.heading')}
      </Title>
      <ToneScore score={check.score} verdict={verdictName(check.verdict)} />
      <CheckedAgainst version={check.guidelineVersion} />
      {check.overrideReason && (
        <Alert color="orange.9" variant="light" p="xs" data-testid="tone-override-reason">
          {check.overriddenByName
            ? t('tone.approval.overridden', {
                name: check.overriddenByName,
                reason: check.overrideReason,
              })
            : t('tone.approval.overriddenNoName', { reason: check.overrideReason })}
        </Alert>
      )}
      <ToneFindingList items={items} limit={30} />
    </Stack>
  );
}

/**
 * Which guideline version a stored check ran against, readable whole: "which rules did this
 * post pass?" stays answerable after the guideline changes.
 */
function CheckedAgainst({ version }: { version: number }) {
  const { t } = useTranslation();
  const { brandId } = useParams();
  const [open, setOpen] = useState(false);
  return (
    <Group gap="xs">
      <Text size="sm">{t('tone.approval.checkedAgainst', { version })}</Text>
      {brandId && (
        <Button size="compact-xs" variant="subtle" onClick={() => setOpen(true)}>
          {t('tone.history.viewVersion', { version })}
        </Button>
      )}
      {open && brandId && (
        <GuidelineVersionModal brandId={brandId} version={version} onClose={() => setOpen(false)} />
      )}
    </Group>
  );
}

export interface ToneGateProps {
  documentId: string;
  /** The score the refusal named. */
  score: number | null;
  /** Holds `toneOfVoice.override`: may submit anyway with a reason. */
  canOverride: boolean;
  busy: boolean;
  /** Submits again with the reason. */
  onOverride: (reason: string) => void;
}

/**
 * A submission the tone check blocked: the score and what the server found in the document,
 * and for the chief expert "Override with a reason", which submits again with it.
 */
export function ToneGate({ documentId, score, canOverride, busy, onOverride }: ToneGateProps) {
  const { t } = useTranslation();
  const { data, error, loading } = useToneCheckDocument(documentId, false);
  const [overriding, setOverriding] = useState(false);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const check = data?.toneCheckDocument ?? null;

  return (
    <Stack gap="xs" data-testid="tone-gate">
      <Alert color="red.9" variant="outline" role="alert" title={t('tone.gate.blocked')}>
        {t('tone.gate.blockedBody', { score: score ?? check?.score ?? '—' })}
      </Alert>
      {loading && <PageLoader label={t('app.loading')} />}
      {error && <FormAlert message={t('tone.loadFailed')} />}
      {check && <StoredFindings check={check} />}
      {canOverride &&
        (overriding ? (
          <Stack gap={4}>
            <Textarea
              label={t('tone.gate.overrideReason')}
              dir="auto"
              autosize
              minRows={2}
              maxLength={1000}
              value={reason}
              onChange={(event) => {
                setReason(event.currentTarget.value);
                setMissing(false);
              }}
              error={missing ? t('tone.gate.reasonRequired') : undefined}
            />
            <Group gap="xs" justify="flex-end">
              <Button variant="default" size="compact-sm" onClick={() => setOverriding(false)}>
                {t('common.cancel')}
              </Button>
              <Button
                size="compact-sm"
                loading={busy}
                onClick={() => {
                  if (reason.trim() === '') setMissing(true);
                  else onOverride(reason.trim());
                }}
              >
                {t('tone.gate.overrideSubmit')}
              </Button>
            </Group>
          </Stack>
        ) : (
          <Group justify="flex-end">
            <Button variant="outline" color="red.9" onClick={() => setOverriding(true)}>
              {t('tone.gate.override')}
            </Button>
          </Group>
        ))}
    </Stack>
  );
}

function StoredFindings({ check }: { check: StoredCheck }) {
  const items = useStoredFindings(check);
  return (
    <>
      <ToneScore score={check.score} verdict={verdictName(check.verdict)} />
      <ToneFindingList items={items} limit={30} />
    </>
  );
}
