import { CloseButton } from '@mantine/core';
import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditorSettings } from '../editor-settings';
import { BlockField } from './BlockField';
import { fieldValue } from './field-attributes';
import type { TableBlock } from './table-blocks-config';

/** Removes a row unless it is the last one of its table (a table keeps at least one). */
function removeRow(props: ReactNodeViewProps) {
  const pos = props.getPos();
  if (typeof pos !== 'number') return;
  const parent = props.editor.state.doc.resolve(pos).parent;
  if (parent.childCount <= 1) return;
  props.deleteNode();
}

/**
 * One row of a typed table (drivers and barriers, competitors): an input per field and a
 * remove button. The node view's own element is the `<tr>`; the first cell is the wrapper.
 */
export function createRowView(block: TableBlock) {
  function RowView(props: ReactNodeViewProps) {
    const { node, editor, updateAttributes } = props;
    const { t } = useTranslation();
    const { editable } = useEditorSettings();
    const cells: ReactNode[] = block.fields.map((field, index) => {
      const input = (
        <BlockField
          editor={editor}
          editable={editable}
          hideLabel
          multiline
          label={t(`strategyEditor.tableColumns.${field}`)}
          value={fieldValue(node.attrs[field])}
          onChange={(value) => updateAttributes({ [field]: value })}
        />
      );
      return index === 0 ? (
        <NodeViewWrapper as="td" key={field}>
          {input}
        </NodeViewWrapper>
      ) : (
        <td key={field}>{input}</td>
      );
    });
    return (
      <>
        {cells}
        <td className="strategy-table__actions">
          {editable && (
            <CloseButton
              size="sm"
              className="strategy-editor-only strategy-table__remove"
              aria-label={t(`strategyEditor.${block.i18n}.removeRow`)}
              title={t(`strategyEditor.${block.i18n}.removeRow`)}
              onClick={() => removeRow(props)}
            />
          )}
        </td>
      </>
    );
  }
  RowView.displayName = `${block.rowName}View`;
  return RowView;
}
