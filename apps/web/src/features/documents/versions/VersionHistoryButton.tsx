import { Button, Drawer } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VersionHistory, type VersionHistoryProps } from './VersionHistory';

/**
 * The "History" button of a document page and the panel it opens (the version history,
 * see `VersionHistory`). The panel asks for versions only while it is open.
 */
export function VersionHistoryButton(props: VersionHistoryProps) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button variant="default" size="sm" onClick={() => setOpened(true)} aria-haspopup="dialog">
        {t('documents.versions.button')}
      </Button>
      <Drawer
        opened={opened}
        onClose={() => setOpened(false)}
        title={t('documents.versions.title')}
        // Mantine lays drawers out with flexbox: "right" is the inline end, mirrored in RTL.
        position="right"
        size="md"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <VersionHistory {...props} />
      </Drawer>
    </>
  );
}
