import { graphql } from '../../../gql';

/** A brand's audience-activity grids with the best hours to post (metrics.read). */
export const AudienceActivityQuery = graphql(`
  query AudienceActivity($brandId: ID!) {
    audienceActivity(brandId: $brandId) {
      network
      grid
      updatedAt
      bestSlots {
        weekday
        hour
        strength
      }
    }
  }
`);
