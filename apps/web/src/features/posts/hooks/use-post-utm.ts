import { useQuery } from '@apollo/client/react';
import { campaignSlug } from '@chorus/post-model';
import { PostUtmPlanRowsQuery, PostUtmQuery } from '../graphql/post-utm.graphql';

/** The tags a post's links get besides source (the network) and content (the post id). */
export interface PostUtmDefaults {
  medium: string;
  campaign: string;
}

/**
 * utm_medium from the brand's default; utm_campaign from the post's media-plan row (its
 * activity, as a slug) or, without one, the brand's default. Null until they are known.
 */
export function usePostUtm(brandId: string, postId: string | null): PostUtmDefaults | null {
  const { data } = useQuery(PostUtmQuery, {
    variables: { brandId, postId: postId ?? '' },
    skip: !postId,
  });
  const planId = data?.post.mediaPlanId ?? null;
  const rowId = data?.post.mediaPlanRowId ?? null;
  const plan = useQuery(PostUtmPlanRowsQuery, {
    variables: { documentId: planId ?? '' },
    skip: !planId || !rowId,
  });
  if (!data) return null;
  if (planId && rowId && plan.loading) return null;
  const activity = plan.data?.mediaPlan.rows.find((row) => row.id === rowId)?.activity ?? '';
  return {
    medium: data.brand.utmMedium,
    campaign: campaignSlug(activity) || data.brand.utmCampaign,
  };
}
