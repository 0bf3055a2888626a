import { useTranslation } from 'react-i18next';
import { FeaturePlaceholder } from '../../../ui';

/** Placeholder until the feature is built. */
export function StrategyPage() {
  const { t } = useTranslation();
  return (
    <FeaturePlaceholder
      title={t('strategy.title')}
      description={t('strategy.description')}
      badge={t('comingSoon.badge')}
      note={t('comingSoon.body')}
    />
  );
}
