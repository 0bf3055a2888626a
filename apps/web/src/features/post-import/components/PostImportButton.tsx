import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PostImportDialog } from './PostImportDialog';

/** Opens the posts import dialog of a brand (for people who may create posts). */
export function PostImportButton({ brandId }: { brandId: string }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button variant="default" onClick={() => setOpened(true)}>
        {t('postImport.button')}
      </Button>
      <PostImportDialog brandId={brandId} opened={opened} onClose={() => setOpened(false)} />
    </>
  );
}
