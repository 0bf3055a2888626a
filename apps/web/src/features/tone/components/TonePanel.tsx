import type { CheckResult, Finding } from '@chorus/tone-check';
import { Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { memo, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../ui';
import { ToneFindingList, ToneScore, type ToneFindingItem } from './ToneSummary';
import '../tone.css';

/** A finding of the editor's own check, with the text it flags as written. */
export interface EditorFinding {
  readonly key: string;
  readonly finding: Finding;
  readonly text: string;
  /** Which part of the post it is in (a network's name), when the panel covers several. */
  readonly part?: string;
}

export type ToneStatus = 'loading' | 'none' | 'ready' | 'refused' | 'failed';

export interface TonePanelProps {
  status: ToneStatus;
  result: CheckResult | null;
  findings: readonly EditorFinding[];
  /** Replacement and "ignore once" are offered to people who may edit the text. */
  editable: boolean;
  onReplace: (item: EditorFinding) => void;
  /** Records "ignore once" with the writer's reason; left out where nothing records it. */
  onIgnore?: (item: EditorFinding, reason: string) => Promise<void>;
}

function toItem(item: EditorFinding): ToneFindingItem {
  return {
    key: item.key,
    message: item.finding.message,
    severity: item.finding.severity,
    escalation: item.finding.kind === 'escalation',
    text: item.text,
    ...(item.part ? { part: item.part } : {}),
  };
}

/**
 * The side panel of an editor's tone check: the score and verdict, then every finding with
 * its one-click replacement and "ignore once" (with a reason). Updated as the person types.
 * Memoised: a long list of findings re-renders only when its own props change, never because
 * the page around it did (a keystroke changes the page's save status).
 */
export const TonePanel = memo(function TonePanel({
  status,
  result,
  findings,
  editable,
  onReplace,
  onIgnore,
}: TonePanelProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const byKey = new Map(findings.map((item) => [item.key, item]));

  return (
    <Paper
      withBorder
      p="sm"
      component="section"
      aria-labelledby={headingId}
      data-testid="tone-panel"
      className="tone-panel"
    >
      <Stack gap="xs">
        <Title order={2} size="h5" id={headingId}>
          {t('tone.panelTitle')}
        </Title>
        {status === 'loading' && <Text size="sm">{t('tone.loading')}</Text>}
        {status === 'none' && <Text size="sm">{t('tone.noGuideline')}</Text>}
        {status === 'refused' && <Text size="sm">{t('tone.tooLong')}</Text>}
        {status === 'failed' && <Text size="sm">{t('tone.loadFailed')}</Text>}
        {status === 'ready' && result && (
          <>
            <ToneScore score={result.score} verdict={result.verdict} />
            <div aria-live="polite" aria-atomic="true">
              <Text size="xs">
                {t('tone.counts', {
                  required: result.violations.required,
                  recommended: result.violations.recommended,
                })}
              </Text>
            </div>
            <ToneFindingList
              items={findings.map(toItem)}
              actions={(shown) => {
                const item = byKey.get(shown.key);
                return item && editable && item.text ? (
                  <FindingActions item={item} onReplace={onReplace} onIgnore={onIgnore} />
                ) : null;
              }}
            />
          </>
        )}
      </Stack>
    </Paper>
  );
});

function FindingActions({
  item,
  onReplace,
  onIgnore,
}: {
  item: EditorFinding;
  onReplace: (item: EditorFinding) => void;
  onIgnore: ((item: EditorFinding, reason: string) => Promise<void>) | undefined;
}) {
  const { t } = useTranslation();
  const [ignoring, setIgnoring] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const replacement = item.finding.replacement;
  const ignorable = onIgnore && item.finding.kind !== 'escalation';

  if (ignoring && onIgnore) {
    return (
      <Stack gap={4} mt={4}>
        <TextInput
          size="xs"
          label={t('tone.ignoreReason', { text: item.text })}
          dir="auto"
          maxLength={500}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          data-autofocus
        />
        <Group gap="xs" justify="flex-end">
          <Button variant="default" size="compact-xs" onClick={() => setIgnoring(false)}>
            {t('common.cancel')}
          </Button>
          <Button
            size="compact-xs"
            loading={busy}
            disabled={reason.trim() === ''}
            onClick={() => {
              setBusy(true);
              setFailed(false);
              onIgnore(item, reason.trim()).then(
                () => setBusy(false),
                () => {
                  setBusy(false);
                  setFailed(true);
                },
              );
            }}
          >
            {t('tone.ignoreConfirm')}
          </Button>
        </Group>
        <FormAlert message={failed ? t('tone.ignoreFailed') : undefined} />
      </Stack>
    );
  }
  return (
    <Group gap="xs" mt={4}>
      {replacement !== undefined && (
        <Button
          size="compact-xs"
          variant="light"
          onClick={() => onReplace(item)}
          data-testid="tone-replace"
        >
          {t('tone.replace', { text: item.text, replacement })}
        </Button>
      )}
      {ignorable && (
        <Button size="compact-xs" variant="subtle" onClick={() => setIgnoring(true)}>
          {t('tone.ignore')}
        </Button>
      )}
    </Group>
  );
}
