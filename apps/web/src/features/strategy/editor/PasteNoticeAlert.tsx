import { Alert } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { PasteNotice } from './extensions/paste-guard';

const MEGABYTE = 1024 * 1024;

/** "5.0 MB", "512 KB" in the reader's language. */
export function formatBytes(bytes: number, t: TFunction, locale: string): string {
  if (bytes >= MEGABYTE) {
    const value = new Intl.NumberFormat(locale, {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    }).format(bytes / MEGABYTE);
    return t('strategyEditor.units.megabytes', { value });
  }
  const value = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(
    Math.ceil(bytes / 1024),
  );
  return t('strategyEditor.units.kilobytes', { value });
}

/** What happened to a paste, above the editor until dismissed or replaced. */
export function PasteNoticeAlert({
  notice,
  onClose,
}: {
  notice: PasteNotice;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';
  let message: string;
  switch (notice.kind) {
    case 'tooLarge':
      message = t('strategyEditor.paste.tooLarge', {
        size: formatBytes(notice.bytes, t, locale),
        limit: formatBytes(notice.limit, t, locale),
      });
      break;
    case 'imagesNotSupported':
      message = t('strategyEditor.paste.images');
      break;
    case 'imagesLeftOut':
      message = t('strategyEditor.paste.imagesLeftOut');
      break;
  }
  return (
    <Alert
      color={notice.kind === 'imagesLeftOut' ? 'blue' : 'orange'}
      variant="light"
      withCloseButton
      closeButtonLabel={t('strategyEditor.paste.dismiss')}
      onClose={onClose}
      data-testid="paste-notice"
    >
      {message}
    </Alert>
  );
}
