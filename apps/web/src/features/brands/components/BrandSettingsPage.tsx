import { useTranslation } from 'react-i18next';
import { FeaturePlaceholder } from '../../../ui';

/** Placeholder until brand settings are built. */
export function BrandSettingsPage() {
  const { t } = useTranslation();
  return (
    <FeaturePlaceholder
      title={t('settings.title')}
      description={t('settings.description')}
      badge={t('comingSoon.badge')}
      note={t('comingSoon.body')}
    />
  );
}
