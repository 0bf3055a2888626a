import type { DocumentKind } from '../../gql/graphql';
import type { BrandSectionPath } from '../brands/brand-sections';

/** The kinds of document that have a list of their own, in a brand's sections. */
export type ListedDocumentKind = Extract<DocumentKind, 'STRATEGY' | 'MEDIA_PLAN'>;

/** Per kind: its brand section and the matrix action that creates and edits it. */
export const documentKinds = {
  STRATEGY: { section: 'strategy', editAction: 'strategy.edit' },
  MEDIA_PLAN: { section: 'media-plans', editAction: 'mediaPlan.edit' },
} as const satisfies Record<ListedDocumentKind, { section: BrandSectionPath; editAction: string }>;

/** The brand section that lists documents of this kind (posts live on the calendar). */
export function sectionOf(kind: DocumentKind): BrandSectionPath {
  return kind === 'POST' ? 'calendar' : documentKinds[kind].section;
}

/** The address of a document's page. */
export function documentPath(workspaceId: string, brandId: string, documentId: string): string {
  return `/w/${encodeURIComponent(workspaceId)}/b/${encodeURIComponent(brandId)}/d/${encodeURIComponent(documentId)}`;
}
