import { Menu, NativeSelect } from '@mantine/core';
import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { newBlock, type InsertableBlock } from '../nodes/strategy-blocks';
import { LinkButton } from './LinkButton';
import { ShortcutsHelp } from './ShortcutsHelp';
import { ToolButton } from './ToolButton';
import { useRovingToolbar } from './use-roving-toolbar';

type BlockStyle = 'paragraph' | 'h1' | 'h2' | 'h3' | 'other';

const INSERTABLE: readonly InsertableBlock[] = [
  'smartGoal',
  'persona',
  'driversBarriers',
  'competitors',
  'insight',
  'brandRole',
];

function blockStyle(editor: Editor): BlockStyle {
  for (const level of [1, 2, 3] as const) {
    if (editor.isActive('heading', { level })) return `h${level}`;
  }
  return editor.isActive('paragraph') ? 'paragraph' : 'other';
}

/** Formatting, lists, links, tables, typed blocks, undo and redo for the strategy editor. */
export function EditorToolbar({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      block: blockStyle(current),
      bold: current.isActive('bold'),
      italic: current.isActive('italic'),
      underline: current.isActive('underline'),
      strike: current.isActive('strike'),
      bulletList: current.isActive('bulletList'),
      orderedList: current.isActive('orderedList'),
      taskList: current.isActive('taskList'),
      blockquote: current.isActive('blockquote'),
      link: current.isActive('link'),
      inTable: current.isActive('table'),
      canUndo: current.can().undo(),
      canRedo: current.can().redo(),
    }),
  });
  const chain = () => editor.chain().focus();
  const toolbarRef = useRef<HTMLDivElement>(null);
  const roving = useRovingToolbar(toolbarRef);

  const setBlockStyle = (style: string) => {
    if (style === 'paragraph') chain().setParagraph().run();
    else if (style === 'h1' || style === 'h2' || style === 'h3') {
      chain()
        .setHeading({ level: Number(style.slice(1)) as 1 | 2 | 3 })
        .run();
    }
  };

  const tableAction = (label: string, run: () => boolean, color?: string) => (
    <Menu.Item onClick={() => run()} color={color}>
      {label}
    </Menu.Item>
  );

  return (
    <div
      ref={toolbarRef}
      role="toolbar"
      aria-label={t('strategyEditor.toolbar.label')}
      className="strategy-toolbar"
      data-testid="strategy-toolbar"
      onKeyDown={roving.onKeyDown}
    >
      <NativeSelect
        aria-label={t('strategyEditor.toolbar.textStyle')}
        size="xs"
        value={state.block}
        onChange={(event) => setBlockStyle(event.currentTarget.value)}
        data={[
          { value: 'paragraph', label: t('strategyEditor.toolbar.paragraph') },
          { value: 'h1', label: t('strategyEditor.toolbar.heading1') },
          { value: 'h2', label: t('strategyEditor.toolbar.heading2') },
          { value: 'h3', label: t('strategyEditor.toolbar.heading3') },
          ...(state.block === 'other'
            ? [{ value: 'other', label: t('strategyEditor.toolbar.otherBlock'), disabled: true }]
            : []),
        ]}
        className="strategy-toolbar__select"
      />
      <div className="strategy-toolbar__group">
        <ToolButton
          label={t('strategyEditor.toolbar.bold')}
          active={state.bold}
          onClick={() => chain().toggleBold().run()}
          glyph="B"
          glyphStyle="bold"
        />
        <ToolButton
          label={t('strategyEditor.toolbar.italic')}
          active={state.italic}
          onClick={() => chain().toggleItalic().run()}
          glyph="I"
          glyphStyle="italic"
        />
        <ToolButton
          label={t('strategyEditor.toolbar.underline')}
          active={state.underline}
          onClick={() => chain().toggleUnderline().run()}
          glyph="U"
          glyphStyle="underline"
        />
        <ToolButton
          label={t('strategyEditor.toolbar.strike')}
          active={state.strike}
          onClick={() => chain().toggleStrike().run()}
          glyph="S"
          glyphStyle="strike"
        />
        <LinkButton editor={editor} active={state.link} />
      </div>
      <div className="strategy-toolbar__group">
        <ToolButton
          label={t('strategyEditor.toolbar.bulletList')}
          active={state.bulletList}
          onClick={() => chain().toggleBulletList().run()}
          glyph="•≡"
        />
        <ToolButton
          label={t('strategyEditor.toolbar.orderedList')}
          active={state.orderedList}
          onClick={() => chain().toggleOrderedList().run()}
          glyph="1."
        />
        <ToolButton
          label={t('strategyEditor.toolbar.taskList')}
          active={state.taskList}
          onClick={() => chain().toggleTaskList().run()}
          glyph="☑"
        />
        <ToolButton
          label={t('strategyEditor.toolbar.quote')}
          active={state.blockquote}
          onClick={() => chain().toggleBlockquote().run()}
          glyph="❝"
        />
      </div>
      <div className="strategy-toolbar__group">
        <ToolButton
          label={t('strategyEditor.toolbar.insertTable')}
          disabled={state.inTable}
          onClick={() => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run()}
          glyph="▦"
        />
        <Menu position="bottom-start" shadow="md" withinPortal disabled={!state.inTable}>
          <Menu.Target>
            <ToolButton
              label={t('strategyEditor.toolbar.tableMenu')}
              disabled={!state.inTable}
              glyph="▤▾"
            />
          </Menu.Target>
          <Menu.Dropdown>
            {tableAction(t('strategyEditor.table.addRowBefore'), () =>
              chain().addRowBefore().run(),
            )}
            {tableAction(t('strategyEditor.table.addRowAfter'), () => chain().addRowAfter().run())}
            {tableAction(t('strategyEditor.table.addColumnBefore'), () =>
              chain().addColumnBefore().run(),
            )}
            {tableAction(t('strategyEditor.table.addColumnAfter'), () =>
              chain().addColumnAfter().run(),
            )}
            <Menu.Divider />
            {tableAction(t('strategyEditor.table.deleteRow'), () => chain().deleteRow().run())}
            {tableAction(t('strategyEditor.table.deleteColumn'), () =>
              chain().deleteColumn().run(),
            )}
            {tableAction(
              t('strategyEditor.table.deleteTable'),
              () => chain().deleteTable().run(),
              'red',
            )}
          </Menu.Dropdown>
        </Menu>
        <Menu position="bottom-start" shadow="md" withinPortal>
          <Menu.Target>
            <ToolButton label={t('strategyEditor.toolbar.insertBlock')} glyph="+▾" />
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Label>{t('strategyEditor.toolbar.insertBlock')}</Menu.Label>
            {INSERTABLE.map((kind) => (
              <Menu.Item key={kind} onClick={() => chain().insertContent(newBlock(kind)).run()}>
                {t(`strategyEditor.blocks.${kind}`)}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      </div>
      <div className="strategy-toolbar__group">
        <ToolButton
          label={t('strategyEditor.toolbar.undo')}
          disabled={!state.canUndo}
          onClick={() => chain().undo().run()}
          glyph="↶"
        />
        <ToolButton
          label={t('strategyEditor.toolbar.redo')}
          disabled={!state.canRedo}
          onClick={() => chain().redo().run()}
          glyph="↷"
        />
        <ShortcutsHelp />
      </div>
    </div>
  );
}
