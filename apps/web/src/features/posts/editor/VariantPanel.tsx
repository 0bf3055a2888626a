import {
  checkLength,
  NETWORKS,
  type LengthCheck,
  resetVariant,
  startVariant,
  type NetworkId,
} from '@chorus/post-model';
import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { TextHighlights } from '../../../ui';
import { SharedTextArea } from '../../documents';
import { CharacterCount } from './CharacterCount';

export interface VariantPanelProps {
  doc: Y.Doc;
  awareness: Awareness | null;
  network: NetworkId;
  /** The network's own text, or null when it uses the base. */
  text: Y.Text | null;
  /** The network's text as a string (its own, else the base). */
  value: string;
  editable: boolean;
  withMedia: boolean;
  /** Characters in a text (counted once per text by the editor). */
  countOf: (text: string) => number;
  /** Tone findings to underline in the network's own text. */
  highlights?: TextHighlights | null;
}

/** The problem of a text over a network's limit, or undefined when it fits. */
function useOverLimitMessage(): (check: LengthCheck) => string | undefined {
  const { t } = useTranslation();
  return (check) =>
    check.fits
      ? undefined
      : t('posts.editor.overLimit', {
          network: NETWORKS[check.network].label,
          over: check.over,
          limit: check.limit,
        });
}

/**
 * One network's text: its own (an override of the base, co-edited like the base) with a
 * way back to the base, or the base as that network will get it with a way to write its
 * own. Either way the count against the network's limit shows, and a text over the limit
 * stays saved with the problem shown on it.
 */
export function VariantPanel({
  doc,
  awareness,
  network,
  text,
  value,
  editable,
  withMedia,
  countOf,
  highlights = null,
}: VariantPanelProps) {
  const { t } = useTranslation();
  const overLimit = useOverLimitMessage();
  const label = NETWORKS[network].label;
  const check = checkLength(value, network, withMedia, countOf(value));
  const problem = overLimit(check);

  if (text) {
    return (
      // Mantine's error red (red.6) is 3.3:1 on white; red.8 keeps the problem readable (4.5:1).
      <Stack gap="xs" style={{ '--mantine-color-error': 'var(--mantine-color-red-8)' }}>
        <SharedTextArea
          doc={doc}
          text={text}
          awareness={awareness}
          readOnly={!editable}
          label={t('posts.editor.variantLabel', { network: label })}
          description={t('posts.editor.variantHint', { network: label })}
          error={problem}
          rows={8}
          highlights={highlights}
        />
        <Group justify="space-between">
          <CharacterCount check={check} />
          {editable && (
            <Button variant="subtle" size="xs" onClick={() => resetVariant(doc, network)}>
              {t('posts.editor.resetToBase')}
            </Button>
          )}
        </Group>
      </Stack>
    );
  }
  return (
    <Stack gap="xs">
      <Text size="sm">{t('posts.editor.usesBase', { network: label })}</Text>
      <Paper withBorder p="sm" aria-label={t('posts.editor.variantLabel', { network: label })}>
        <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {value || t('posts.editor.emptyText')}
        </Text>
      </Paper>
      {problem && (
        <Alert color="red" variant="light" p="xs" role="alert">
          {problem}
        </Alert>
      )}
      <Group justify="space-between">
        <CharacterCount check={check} />
        {editable && (
          <Button variant="light" size="xs" onClick={() => startVariant(doc, network)}>
            {t('posts.editor.writeOwn', { network: label })}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
