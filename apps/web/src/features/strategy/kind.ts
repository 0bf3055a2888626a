import type { DocumentKindModule } from '../documents';

/**
 * Strategy documents as a document kind: listed in the brand's "Strategy" section, created
 * and edited with `strategy.edit`, opened in the rich-text editor (loaded with the first one).
 */
export const strategyKind: DocumentKindModule = {
  kind: 'STRATEGY',
  editAction: 'strategy.edit',
  section: 'strategy',
  listsLanguage: true,
  labels: (t) => ({
    title: t('strategy.title'),
    description: t('strategy.description'),
    create: t('documents.strategy.create'),
    empty: t('documents.strategy.empty'),
    emptyEditor: t('documents.strategy.emptyEditor'),
    back: t('documents.backToStrategy'),
  }),
  load: () => import('./kind-parts').then((parts) => parts.strategyParts),
};
