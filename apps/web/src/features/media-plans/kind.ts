import type { DocumentKindModule } from '../documents';

/**
 * Media plans as a document kind: listed in the brand's "Media plans" section, created and
 * edited with `mediaPlan.edit`, opened in the grid editor (loaded with the first plan).
 */
export const mediaPlanKind: DocumentKindModule = {
  kind: 'MEDIA_PLAN',
  editAction: 'mediaPlan.edit',
  section: 'media-plans',
  labels: (t) => ({
    title: t('mediaPlans.title'),
    description: t('mediaPlans.description'),
    create: t('documents.mediaPlan.create'),
    empty: t('documents.mediaPlan.empty'),
    emptyEditor: t('documents.mediaPlan.emptyEditor'),
    back: t('documents.backToMediaPlans'),
  }),
  load: () => import('./kind-parts').then((parts) => parts.mediaPlanParts),
};
