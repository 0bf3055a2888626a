import { VisuallyHidden } from '@mantine/core';
import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

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

/**
 * Removed text in a comparison: red and struck through, and said to be removed for screen
 * readers — colour is never the only signal. Version compare and approval diffs share it.
 */
export function RemovedText({ children }: { children: ReactNode }) {
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

/** Added text in a comparison: green and underlined, and said to be added for screen readers. */
export function AddedText({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <ins style={addedStyle}>
      <VisuallyHidden component="span">{t('documents.versions.compare.addedStart')}</VisuallyHidden>
      {children}
      <VisuallyHidden component="span">{t('documents.versions.compare.addedEnd')}</VisuallyHidden>
    </ins>
  );
}
