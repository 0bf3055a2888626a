import { Badge, Group, List, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type ToneVerdictName = 'pass' | 'warn' | 'block';

/**
 * Badge colours dark enough for small text on white (4.5:1): Mantine's green.9 (4.4:1) and
 * yellow.9 (3:1) are not, so a pass is teal.9 and a warning a dark amber of our own.
 */
export const TONE_AMBER = '#8a5300';
export const VERDICT_COLOR: Record<ToneVerdictName, string> = {
  pass: 'teal.9',
  warn: TONE_AMBER,
  block: 'red.9',
};

/** The server's verdict (PASS, WARN, BLOCK) as the package names it. */
export function verdictName(verdict: 'PASS' | 'WARN' | 'BLOCK'): ToneVerdictName {
  return verdict === 'PASS' ? 'pass' : verdict === 'WARN' ? 'warn' : 'block';
}

/** The score out of 100 and the verdict, as one line. */
export function ToneScore({ score, verdict }: { score: number; verdict: ToneVerdictName }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" data-testid="tone-score" data-score={score} data-verdict={verdict}>
      <Text fw={700}>{t('tone.score', { score })}</Text>
      <Badge color={VERDICT_COLOR[verdict]} variant="outline">
        {t(`tone.verdict.${verdict}`)}
      </Badge>
    </Group>
  );
}

/** One finding as a list shows it, whatever produced it (the editor's check or the server's). */
export interface ToneFindingItem {
  readonly key: string;
  readonly message: string;
  readonly severity: 'required' | 'recommended';
  readonly escalation: boolean;
  /** The flagged text as written; empty for findings about the whole text. */
  readonly text: string;
  /** Which part of the post (a network's text), when the check covers several. */
  readonly part?: string;
}

/** Findings as a list: severity, message, the flagged text; `actions` adds buttons per item. */
export function ToneFindingList({
  items,
  actions,
  limit = 100,
}: {
  items: readonly ToneFindingItem[];
  actions?: (item: ToneFindingItem) => ReactNode;
  limit?: number;
}) {
  const { t } = useTranslation();
  if (items.length === 0) {
    return <Text size="sm">{t('tone.noFindings')}</Text>;
  }
  const shown = items.slice(0, limit);
  return (
    <>
      <List listStyleType="none" spacing="sm" p={0} data-testid="tone-findings">
        {shown.map((item) => (
          <List.Item key={item.key} data-testid="tone-finding">
            <Group gap={6} wrap="nowrap" align="flex-start">
              <Badge
                size="xs"
                variant="outline"
                color={
                  item.escalation ? 'indigo.9' : item.severity === 'required' ? 'red.9' : TONE_AMBER
                }
                style={{ flexShrink: 0 }}
              >
                {item.escalation ? t('tone.escalation') : t(`tone.severity.${item.severity}`)}
              </Badge>
              <Text size="sm">
                {item.part && (
                  <Text span size="xs" c="dimmed" me={4}>
                    {item.part}
                  </Text>
                )}
                {/* In the reader's language and direction: the quoted term is part of it. */}
                {item.message}
              </Text>
            </Group>
            {actions?.(item)}
          </List.Item>
        ))}
      </List>
      {items.length > shown.length && (
        <Text size="xs" mt="xs">
          {t('tone.moreFindings', { count: items.length - shown.length })}
        </Text>
      )}
    </>
  );
}
