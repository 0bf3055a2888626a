import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditorSettings } from '../editor-settings';
import { BlockHeader } from './BlockHeader';
import { fieldValue } from './field-attributes';

/** A template hint: muted guidance for authors, never part of the strategy itself. */
export function HintView({ node, deleteNode }: ReactNodeViewProps) {
  const { t } = useTranslation();
  const { editable } = useEditorSettings();
  const titleId = useId();
  return (
    <NodeViewWrapper
      className="strategy-card strategy-card--hint"
      role="note"
      aria-labelledby={titleId}
      dir="auto"
    >
      <BlockHeader
        id={titleId}
        title={t('strategyEditor.hint.label')}
        removeLabel={t('strategyEditor.hint.remove')}
        onRemove={deleteNode}
        editable={editable}
      />
      <p className="strategy-hint__text" dir="auto">
        {fieldValue(node.attrs.text)}
      </p>
    </NodeViewWrapper>
  );
}
