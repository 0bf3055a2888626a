import { useTranslation } from 'react-i18next';
import { DocumentListPage } from '../../documents/components/DocumentListPage';

/** The brand's strategy documents. */
export function StrategyPage() {
  const { t } = useTranslation();
  return (
    <DocumentListPage
      kind="STRATEGY"
      title={t('strategy.title')}
      description={t('strategy.description')}
    />
  );
}
