import { useBrand } from '../../brands';
import type { DocumentPageExtensionProps } from '../../documents';
import { MANAGE_SHARE_LINKS } from '../share-actions';
import { ShareButton } from './ShareButtons';

/**
 * The "Share" button of a document page (a page extension the app registers), for people
 * who manage the brand's links. The app imports it from here, not from the feature's index:
 * the index is what the brand's settings and the calendar load, and this needs both the
 * brands and the documents features.
 */
export function ShareDocumentAction({ document }: DocumentPageExtensionProps) {
  const brand = useBrand();
  if (!brand.myActions.includes(MANAGE_SHARE_LINKS) || document.archivedAt) return null;
  return (
    <ShareButton
      target={{ kind: 'document', brandId: document.brandId, documentId: document.id }}
      title={document.title}
    />
  );
}
