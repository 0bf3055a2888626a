import { CloseButton, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** The title row of a typed block, with a remove button for editors. */
export function BlockHeader({
  id,
  title,
  removeLabel,
  onRemove,
  editable,
}: {
  id: string;
  title: ReactNode;
  removeLabel: string;
  onRemove: () => void;
  editable: boolean;
}) {
  return (
    <div className="strategy-card__header" contentEditable={false}>
      <Text id={id} fw={600} size="sm" className="strategy-card__title">
        {title}
      </Text>
      {editable && (
        <CloseButton
          size="sm"
          aria-label={removeLabel}
          title={removeLabel}
          onClick={onRemove}
          className="strategy-editor-only"
        />
      )}
    </div>
  );
}
