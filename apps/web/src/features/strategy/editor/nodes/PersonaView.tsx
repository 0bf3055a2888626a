import { PERSONA_FIELDS, type PersonaAttrs } from '@chorus/strategy-model';
import { SimpleGrid } from '@mantine/core';
import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditorSettings } from '../editor-settings';
import { BlockField } from './BlockField';
import { BlockHeader } from './BlockHeader';
import { fieldValue } from './field-attributes';

/** Fields written as a few sentences rather than a few words. */
const LONG_FIELDS = new Set<keyof PersonaAttrs>(['interests', 'contentPreferences', 'needs']);

/** A persona card: who the audience is, where they are online and what they need. */
export function PersonaView({ node, editor, updateAttributes, deleteNode }: ReactNodeViewProps) {
  const { t } = useTranslation();
  const { editable } = useEditorSettings();
  const titleId = useId();
  const name = fieldValue(node.attrs.name);

  return (
    <NodeViewWrapper
      className="strategy-card strategy-card--persona"
      role="group"
      aria-labelledby={titleId}
      dir="auto"
    >
      <BlockHeader
        id={titleId}
        title={
          name
            ? t('strategyEditor.persona.titleNamed', { name })
            : t('strategyEditor.blocks.persona')
        }
        removeLabel={t('strategyEditor.persona.remove')}
        onRemove={deleteNode}
        editable={editable}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing="xs">
        {PERSONA_FIELDS.filter((field) => !LONG_FIELDS.has(field)).map((field) => (
          <BlockField
            key={field}
            editor={editor}
            editable={editable}
            label={t(`strategyEditor.persona.fields.${field}`)}
            value={fieldValue(node.attrs[field])}
            onChange={(value) => updateAttributes({ [field]: value })}
          />
        ))}
      </SimpleGrid>
      {PERSONA_FIELDS.filter((field) => LONG_FIELDS.has(field)).map((field) => (
        <BlockField
          key={field}
          editor={editor}
          editable={editable}
          multiline
          label={t(`strategyEditor.persona.fields.${field}`)}
          value={fieldValue(node.attrs[field])}
          onChange={(value) => updateAttributes({ [field]: value })}
        />
      ))}
    </NodeViewWrapper>
  );
}
