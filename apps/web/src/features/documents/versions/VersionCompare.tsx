import { Box, Button, Group, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n';
import { AddedText, RemovedText } from '../../../ui';
import { collapseUnchanged, compareTexts } from './text-compare';

/**
 * What changed between a version's text (`before`) and the current text (`after`): words
 * within changed lines, whole lines otherwise, long unchanged stretches folded behind a
 * button. Colour is never the only signal: removals are struck through, additions
 * underlined, and both are announced.
 */
export function VersionCompare({
  before,
  after,
  versionNumber,
}: {
  before: string;
  after: string;
  /** The version's number in the reader's digits, for the legend. */
  versionNumber: string;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const items = useMemo(() => collapseUnchanged(compareTexts(before, after)), [before, after]);
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(() => new Set());
  const changed = items.some((item) => item.kind === 'added' || item.kind === 'removed');

  if (!changed) {
    return <Text data-testid="version-diff">{t('documents.versions.compare.same')}</Text>;
  }
  return (
    <Stack gap="sm">
      <Group gap="lg" component="p" m={0} fz="sm">
        <span>
          <RemovedText>{t('documents.versions.compare.sample')}</RemovedText>{' '}
          {t('documents.versions.compare.legendRemoved', { number: versionNumber })}
        </span>
        <span>
          <AddedText>{t('documents.versions.compare.sample')}</AddedText>{' '}
          {t('documents.versions.compare.legendAdded')}
        </span>
      </Group>
      <Box
        dir="auto"
        data-testid="version-diff"
        p="sm"
        style={{
          whiteSpace: 'pre-wrap',
          overflowWrap: 'anywhere',
          lineHeight: 1.7,
          border: '1px solid var(--mantine-color-gray-4)',
          borderRadius: 'var(--mantine-radius-sm)',
        }}
      >
        {items.map((item, index) => {
          switch (item.kind) {
            case 'same':
              return <span key={index}>{item.text}</span>;
            case 'removed':
              return <RemovedText key={index}>{item.text}</RemovedText>;
            case 'added':
              return <AddedText key={index}>{item.text}</AddedText>;
            case 'collapsed':
              return expanded.has(index) ? (
                <span key={index}>{item.text}</span>
              ) : (
                <Box key={index} my={4}>
                  <Button
                    size="compact-sm"
                    variant="light"
                    onClick={() => setExpanded((open) => new Set(open).add(index))}
                  >
                    {t('documents.versions.compare.showUnchanged', {
                      lines: format.number(item.lines),
                    })}
                  </Button>
                </Box>
              );
          }
        })}
      </Box>
    </Stack>
  );
}
