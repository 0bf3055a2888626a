import { useTranslation } from 'react-i18next';
import { FeaturePlaceholder } from '../../../ui';

/** Placeholder until the feature is built. */
export function CalendarPage() {
  const { t } = useTranslation();
  return (
    <FeaturePlaceholder
      title={t('calendar.title')}
      description={t('calendar.description')}
      badge={t('comingSoon.badge')}
      note={t('comingSoon.body')}
    />
  );
}
