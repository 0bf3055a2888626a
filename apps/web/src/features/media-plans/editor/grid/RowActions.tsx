import { BLOCKS, type Block } from '@chorus/media-plan-model';
import { ActionIcon, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';

function DotsIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <circle cx="8" cy="3" r="1.5" fill="currentColor" />
      <circle cx="8" cy="8" r="1.5" fill="currentColor" />
      <circle cx="8" cy="13" r="1.5" fill="currentColor" />
    </svg>
  );
}

/** A row's menu button (the grid reaches it with Enter on the row's first cell). */
export function RowActionsButton({ label, onOpen }: { label: string; onOpen?: () => void }) {
  return (
    <ActionIcon
      variant="subtle"
      color="gray"
      size="sm"
      tabIndex={-1}
      aria-label={label}
      aria-haspopup="menu"
      onClick={onOpen}
    >
      <DotsIcon />
    </ActionIcon>
  );
}

export interface RowActionsProps {
  label: string;
  block: Block;
  canMoveUp: boolean;
  canMoveDown: boolean;
  onClose: () => void;
  onAction: (action: RowAction) => void;
}

/** What a row's menu asks for. */
export type RowAction =
  'insertBelow' | 'moveUp' | 'moveDown' | 'remove' | { readonly moveTo: Block };

/**
 * A row's open menu: insert a row below, move up or down, move to another block, remove.
 * Only the row whose menu is open renders it; the others show the plain button, so 300
 * rows stay cheap.
 */
export function RowActions(props: RowActionsProps) {
  const { t } = useTranslation();
  return (
    // The grid puts focus back on the row's cell itself (this button may be gone by then).
    <Menu
      opened
      onClose={props.onClose}
      position="bottom-start"
      withinPortal
      shadow="md"
      returnFocus={false}
    >
      <Menu.Target>
        <RowActionsButton label={props.label} />
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => props.onAction('insertBelow')}>
          {t('mediaPlan.rows.insertBelow')}
        </Menu.Item>
        <Menu.Item onClick={() => props.onAction('moveUp')} disabled={!props.canMoveUp}>
          {t('mediaPlan.rows.moveUp')}
        </Menu.Item>
        <Menu.Item onClick={() => props.onAction('moveDown')} disabled={!props.canMoveDown}>
          {t('mediaPlan.rows.moveDown')}
        </Menu.Item>
        <Menu.Divider />
        {BLOCKS.filter((block) => block !== props.block).map((block) => (
          <Menu.Item key={block} onClick={() => props.onAction({ moveTo: block })}>
            {t('mediaPlan.rows.moveTo', { block: t(`mediaPlan.blocks.${block}`) })}
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Item color="red.9" onClick={() => props.onAction('remove')}>
          {t('mediaPlan.rows.remove')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
