import { graphql } from '../../../gql';

/** What a post's UTM tags come from: the brand's defaults and the post's media-plan row. */
export const PostUtmQuery = graphql(`
  query PostUtm($brandId: ID!, $postId: ID!) {
    brand(id: $brandId) {
      id
      utmMedium
      utmCampaign
    }
    post(id: $postId) {
      id
      mediaPlanId
      mediaPlanRowId
    }
  }
`);

/** The rows of the post's media plan, for the campaign its row names. */
export const PostUtmPlanRowsQuery = graphql(`
  query PostUtmPlanRows($documentId: ID!) {
    mediaPlan(documentId: $documentId) {
      rows {
        id
        activity
      }
    }
  }
`);
