import { useTranslation } from 'react-i18next';
import { DocumentListPage } from '../../documents/components/DocumentListPage';

/** The brand's media plans (opened as shared text until the grid editor arrives). */
export function MediaPlansPage() {
  const { t } = useTranslation();
  return (
    <DocumentListPage
      kind="MEDIA_PLAN"
      title={t('mediaPlans.title')}
      description={t('mediaPlans.description')}
    />
  );
}
