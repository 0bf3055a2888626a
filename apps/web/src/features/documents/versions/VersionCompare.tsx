import { Box, Button, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useMemo, useState, type CSSProperties, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n';
import { collapseUnchanged, compareTexts } from './text-compare';

const removedStyle: CSSProperties = {
  backgroundColor: 'var(--mantine-color-red-1)',
  textDecorationLine: 'line-through',
  textDecorationColor: 'var(--mantine-color-red-9)',
  textDecorationThickness: 2,
  borderRadius: 2,
};

const addedStyle: CSSProperties = {
  backgroundColor: 'var(--mantine-color-green-1)',
  textDecorationLine: 'underline',
  textDecorationColor: 'var(--mantine-color-green-9)',
  textDecorationThickness: 2,
  borderRadius: 2,
};

/** Removed text: red and struck through, and said to be removed for screen readers. */
function Removed({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <del style={removedStyle}>
      <VisuallyHidden component="span">
        {t('documents.versions.compare.removedStart')}
      </VisuallyHidden>
      {children}
      <VisuallyHidden component="span">{t('documents.versions.compare.removedEnd')}</VisuallyHidden>
    </del>
  );
}

/** Added text: green and underlined, and said to be added for screen readers. */
function Added({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <ins style={addedStyle}>
      <VisuallyHidden component="span">{t('documents.versions.compare.addedStart')}</VisuallyHidden>
      {children}
      <VisuallyHidden component="span">{t('documents.versions.compare.addedEnd')}</VisuallyHidden>
    </ins>
  );
}

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
          <Removed>{t('documents.versions.compare.sample')}</Removed>{' '}
          {t('documents.versions.compare.legendRemoved', { number: versionNumber })}
        </span>
        <span>
          <Added>{t('documents.versions.compare.sample')}</Added>{' '}
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
              return <Removed key={index}>{item.text}</Removed>;
            case 'added':
              return <Added key={index}>{item.text}</Added>;
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
