import { Box, Button, Group, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n';
import { AddedText, RemovedText } from '../../../ui';
import { renderedLines, type RenderedLine } from './rendered-lines';
import { collapseUnchanged, compareTexts, type DiffItem, type DiffPart } from './text-compare';

type Group =
  | { kind: 'lines'; lines: RenderedLine[] }
  | { kind: 'collapsed'; count: number; lines: RenderedLine[] };

/** Runs of compared parts as rendered lines, with the folded stretches between them. */
function groupsOf(items: readonly DiffItem[]): Group[] {
  const groups: Group[] = [];
  let run: DiffPart[] = [];
  const flush = () => {
    if (run.length > 0) groups.push({ kind: 'lines', lines: renderedLines(run) });
    run = [];
  };
  for (const item of items) {
    if (item.kind === 'collapsed') {
      flush();
      groups.push({
        kind: 'collapsed',
        count: item.lines,
        lines: renderedLines([{ kind: 'same', text: item.text }]),
      });
    } else {
      run.push(item);
    }
  }
  flush();
  return groups;
}

const HEADING_SIZES: Partial<Record<RenderedLine['style'], string>> = {
  heading1: 'var(--mantine-h3-font-size)',
  heading2: 'var(--mantine-h4-font-size)',
  heading3: 'var(--mantine-h5-font-size)',
};

/** Lines as the blocks they stand for, each change marked in its place. */
function RenderedBlocks({ lines }: { lines: readonly RenderedLine[] }) {
  return lines.map((line, index) => {
    const parts = line.parts.map((part, i) =>
      part.kind === 'removed' ? (
        <RemovedText key={i}>{part.text}</RemovedText>
      ) : part.kind === 'added' ? (
        <AddedText key={i}>{part.text}</AddedText>
      ) : (
        <span key={i}>{part.text}</span>
      ),
    );
    const size = HEADING_SIZES[line.style];
    if (size) {
      return (
        <Text key={index} fw={700} fz={size} mt="xs" data-block={line.style}>
          {parts}
        </Text>
      );
    }
    if (line.marker) {
      return (
        <Group key={index} gap={6} wrap="nowrap" align="baseline" ps="md" data-block={line.style}>
          <span aria-hidden={line.style === 'bullet'}>{line.marker}</span>
          <span>{parts}</span>
        </Group>
      );
    }
    return (
      <Text
        key={index}
        component="div"
        data-block={line.style}
        style={
          line.style === 'quote'
            ? {
                borderInlineStart: '3px solid var(--mantine-color-gray-4)',
                paddingInlineStart: 'var(--mantine-spacing-sm)',
              }
            : undefined
        }
      >
        {parts}
      </Text>
    );
  });
}

/**
 * What changed between a version's text (`before`) and the current text (`after`): words
 * within changed lines, whole lines otherwise, long unchanged stretches folded behind a
 * button. The texts are Markdown; they are shown as the blocks they stand for (headings,
 * list items, quotes, paragraphs), never as `## …` or `**…**`. Colour is never the only signal: removals are struck through, additions
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
  const groups = useMemo(() => groupsOf(items), [items]);
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
          overflowWrap: 'anywhere',
          lineHeight: 1.7,
          border: '1px solid var(--mantine-color-gray-4)',
          borderRadius: 'var(--mantine-radius-sm)',
        }}
      >
        {groups.map((group, index) =>
          group.kind === 'collapsed' && !expanded.has(index) ? (
            <Box key={index} my={4}>
              <Button
                size="compact-sm"
                variant="light"
                onClick={() => setExpanded((open) => new Set(open).add(index))}
              >
                {t('documents.versions.compare.showUnchanged', {
                  lines: format.number(group.count),
                })}
              </Button>
            </Box>
          ) : (
            <RenderedBlocks key={index} lines={group.lines} />
          ),
        )}
      </Box>
    </Stack>
  );
}
