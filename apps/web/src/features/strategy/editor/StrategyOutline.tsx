import { Button, Popover, Stack } from '@mantine/core';
import type { Editor } from '@tiptap/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { outlineOf, sameOutline, type OutlineEntry } from './outline';

/** How long typing pauses before the outline reads the headings again. */
const OUTLINE_DELAY_MS = 300;

/**
 * "Outline (17)": the strategy's sections in a pop-over list; choosing one puts the caret at its
 * heading and scrolls it to the top. Read after typing pauses, never per keystroke; shown
 * once the strategy has two sections or more, to readers as well as editors.
 */
export function StrategyOutline({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [entries, setEntries] = useState<OutlineEntry[]>(() =>
    editor.isDestroyed ? [] : outlineOf(editor.state.doc),
  );

  useEffect(() => {
    if (editor.isDestroyed) return;
    const read = () => {
      if (editor.isDestroyed) return;
      const next = outlineOf(editor.state.doc);
      setEntries((current) => (sameOutline(current, next) ? current : next));
    };
    read();
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Every change counts, other people's too (TipTap's 'update' skips synced ones).
    const later = ({ transaction }: { transaction: { docChanged: boolean } }) => {
      if (!transaction.docChanged) return;
      clearTimeout(timer);
      timer = setTimeout(read, OUTLINE_DELAY_MS);
    };
    editor.on('transaction', later);
    return () => {
      clearTimeout(timer);
      editor.off('transaction', later);
    };
  }, [editor]);

  if (entries.length < 2) return null;

  const jump = (entry: OutlineEntry) => {
    if (editor.isDestroyed) return;
    // The outline may be a pause behind the text: read the heading where it is now.
    const current = outlineOf(editor.state.doc).find(
      (candidate) => candidate.text === entry.text && candidate.level === entry.level,
    );
    const target = current ?? entry;
    editor.commands.setTextSelection(Math.min(target.pos + 1, editor.state.doc.content.size));
    const heading = editor.view.nodeDOM(target.pos);
    if (heading instanceof HTMLElement) heading.scrollIntoView({ block: 'start' });
    if (editor.isEditable) editor.commands.focus(undefined, { scrollIntoView: false });
  };

  return (
    <Popover
      position="bottom-start"
      opened={opened}
      onChange={setOpened}
      withinPortal
      trapFocus
      returnFocus
    >
      <Popover.Target>
        <Button
          variant="default"
          size="compact-sm"
          data-testid="strategy-outline"
          style={{ alignSelf: 'flex-start' }}
          aria-expanded={opened}
          onClick={() => setOpened((open) => !open)}
        >
          {t('strategyEditor.outline.button', { count: entries.length })}
        </Button>
      </Popover.Target>
      <Popover.Dropdown p={4} style={{ maxBlockSize: '26rem', overflowY: 'auto' }}>
        <nav aria-label={t('strategyEditor.outline.label')}>
          <Stack gap={0}>
            {entries.map((entry) => (
              <Button
                key={`${entry.pos}`}
                variant="subtle"
                size="compact-sm"
                justify="flex-start"
                fw={entry.level <= 2 ? 600 : 400}
                style={{ paddingInlineStart: `calc(var(--mantine-spacing-xs) * ${entry.level})` }}
                onClick={() => {
                  setOpened(false);
                  jump(entry);
                }}
              >
                <span dir="auto">{entry.text || t('strategyEditor.outline.untitled')}</span>
              </Button>
            ))}
          </Stack>
        </nav>
      </Popover.Dropdown>
    </Popover>
  );
}
