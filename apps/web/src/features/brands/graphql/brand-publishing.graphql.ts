import { graphql } from '../../../gql';

/** The brand's promotional cap and the UTM defaults of its posts' links. */
export const BrandPublishingQuery = graphql(`
  query BrandPublishing($id: ID!) {
    brand(id: $id) {
      id
      promotionCapPercent
      utmMedium
      utmCampaign
    }
  }
`);

export const UpdateBrandPublishingMutation = graphql(`
  mutation UpdateBrandPublishing($input: UpdateBrandInput!) {
    updateBrand(input: $input) {
      id
      promotionCapPercent
      utmMedium
      utmCampaign
    }
  }
`);
