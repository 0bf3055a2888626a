import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import {
  CommentMentionCandidatesQuery,
  CommentReplyTemplatesQuery,
} from '../graphql/comments.graphql';
import type { MentionCandidate } from '../model';

/**
 * The people a comment may mention: the brand's team members and the workspace's owners and
 * admins (the server refuses anyone else). None for a guest, who may mention nobody.
 */
export function useMentionCandidates(
  workspaceId: string | null,
  brandId: string | null,
): readonly MentionCandidate[] {
  const { data } = useQuery(CommentMentionCandidatesQuery, {
    variables: { workspaceId: workspaceId ?? '', brandId: brandId ?? '' },
    skip: !workspaceId || !brandId,
    fetchPolicy: 'cache-first',
  });
  return useMemo(() => {
    if (!data) return [];
    const onBrand = new Set(
      data.brand.teams.flatMap((team) => team.members.map((member) => member.user.id)),
    );
    return data.workspace.members
      .filter(
        (member) =>
          member.role === 'OWNER' || member.role === 'ADMIN' || onBrand.has(member.user.id),
      )
      .map((member) => ({ id: member.user.id, name: member.user.displayName }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }, [data]);
}

export interface ReplyTemplate {
  id: string;
  name: string;
  language: string;
  body: string;
  variables: ReadonlyArray<{ name: string; required: boolean; description?: string | null }>;
}

/** The brand's reply templates, for moderators only (others are not asked). */
export function useReplyTemplates(documentId: string, enabled: boolean): readonly ReplyTemplate[] {
  const { data } = useQuery(CommentReplyTemplatesQuery, {
    variables: { documentId },
    skip: !enabled,
    fetchPolicy: 'cache-first',
  });
  return data?.commentReplyTemplates ?? [];
}
