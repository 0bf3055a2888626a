import { useParams } from 'react-router';
import { useMe } from '../../auth';
import { useBrandIfAny } from '../../brands';
import type { KindEditorProps } from './registry';

/**
 * Who comments in a kind's live editor, in the shape the comments feature's sides take
 * (`CommentsProviderProps` without children): a team member with the brand's actions, or a
 * share-link guest (external threads only, no mentions, no moderation). Null where no
 * comments show (a version preview: no presence; a page outside a brand without a guest).
 */
export interface KindComments {
  documentId: string;
  workspaceId: string | null;
  brandId: string | null;
  userId: string | null;
  isGuest: boolean;
  canComment: boolean;
  canModerate: boolean;
}

export function useKindComments({
  document,
  awareness,
  guest = null,
}: Pick<KindEditorProps, 'document' | 'awareness' | 'guest'>): KindComments | null {
  const { workspaceId = null } = useParams();
  const { me } = useMe();
  const brand = useBrandIfAny();
  if (!awareness) return null;
  if (guest) {
    return {
      documentId: document.id,
      workspaceId: null,
      brandId: null,
      userId: null,
      isGuest: true,
      canComment: guest.canComment,
      canModerate: false,
    };
  }
  if (!brand) return null;
  return {
    documentId: document.id,
    workspaceId,
    brandId: document.brandId,
    userId: me?.id ?? null,
    isGuest: false,
    canComment: brand.myActions.includes('comment.create'),
    canModerate: brand.myActions.includes('comment.moderate'),
  };
}
