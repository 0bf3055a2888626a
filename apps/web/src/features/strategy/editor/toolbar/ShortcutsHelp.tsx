import { Kbd, Popover, Table, Text } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ToolButton } from './ToolButton';

/** TipTap's default keyboard shortcuts, as key names (`Mod` is ⌘ on Apple, Ctrl elsewhere). */
const SHORTCUTS = [
  { action: 'bold', keys: ['Mod', 'B'] },
  { action: 'italic', keys: ['Mod', 'I'] },
  { action: 'underline', keys: ['Mod', 'U'] },
  { action: 'strike', keys: ['Mod', 'Shift', 'S'] },
  { action: 'paragraph', keys: ['Mod', 'Alt', '0'] },
  { action: 'heading1', keys: ['Mod', 'Alt', '1'] },
  { action: 'heading2', keys: ['Mod', 'Alt', '2'] },
  { action: 'heading3', keys: ['Mod', 'Alt', '3'] },
  { action: 'bulletList', keys: ['Mod', 'Shift', '8'] },
  { action: 'orderedList', keys: ['Mod', 'Shift', '7'] },
  { action: 'taskList', keys: ['Mod', 'Shift', '9'] },
  { action: 'quote', keys: ['Mod', 'Shift', 'B'] },
  { action: 'indent', keys: ['Tab'] },
  { action: 'outdent', keys: ['Shift', 'Tab'] },
  { action: 'lineBreak', keys: ['Shift', 'Enter'] },
  { action: 'undo', keys: ['Mod', 'Z'] },
  { action: 'redo', keys: ['Mod', 'Shift', 'Z'] },
] as const;

function isApple(): boolean {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
}

function keyName(key: string, apple: boolean): string {
  if (key === 'Mod') return apple ? '⌘' : 'Ctrl';
  if (key === 'Alt') return apple ? '⌥' : 'Alt';
  if (key === 'Shift') return apple ? '⇧' : 'Shift';
  return key;
}

/** A "?" button with the keyboard shortcuts in a small popover. */
export function ShortcutsHelp() {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const titleId = useId();
  const apple = isApple();
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" shadow="md" withinPortal>
      <Popover.Target>
        <ToolButton
          label={t('strategyEditor.toolbar.shortcuts')}
          onClick={() => setOpened((open) => !open)}
          glyph="?"
        />
      </Popover.Target>
      <Popover.Dropdown aria-labelledby={titleId}>
        <Text id={titleId} fw={600} size="sm" mb="xs">
          {t('strategyEditor.shortcuts.title')}
        </Text>
        <Table withRowBorders={false} verticalSpacing={2} fz="sm">
          <Table.Tbody>
            {SHORTCUTS.map(({ action, keys }) => (
              <Table.Tr key={action}>
                <Table.Td>{t(`strategyEditor.shortcuts.${action}`)}</Table.Td>
                <Table.Td dir="ltr" className="strategy-shortcuts__keys">
                  {keys.map((key, index) => (
                    <span key={key}>
                      {index > 0 && ' + '}
                      <Kbd size="xs">{keyName(key, apple)}</Kbd>
                    </span>
                  ))}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Text size="xs" c="dimmed" mt="xs">
          {t('strategyEditor.shortcuts.markdown')}
        </Text>
      </Popover.Dropdown>
    </Popover>
  );
}
