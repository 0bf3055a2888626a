import { useTranslation } from 'react-i18next';
import { FeaturePlaceholder } from '../../../ui';

/** Placeholder until the feature is built. */
export function MediaPlansPage() {
  const { t } = useTranslation();
  return (
    <FeaturePlaceholder
      title={t('mediaPlans.title')}
      description={t('mediaPlans.description')}
      badge={t('comingSoon.badge')}
      note={t('comingSoon.body')}
    />
  );
}
