import { graphql } from '../../../gql';

/** Per-post results of a range of months, most engagements first. */
export const KpiPostResultsQuery = graphql(`
  query KpiPostResults(
    $brandId: ID!
    $from: String!
    $to: String!
    $network: String
    $postRef: String
    $first: Int
  ) {
    kpiPostResults(
      brandId: $brandId
      from: $from
      to: $to
      network: $network
      postRef: $postRef
      first: $first
    ) {
      total
      unlinked
      categories {
        categoryId
        name
        color
        posts
        engagements
        reach
        engagementsPerPost
        engagementRateByReach {
          value
          reason
          formula
          planned
        }
      }
      posts {
        network
        postRef
        postId
        postTitle
        engagements
        reach
        impressions
        clicks
        lastMonth
        engagementRate {
          value
          reason
          formula
          planned
        }
        engagementRateByReach {
          value
          reason
          formula
          planned
        }
      }
    }
  }
`);
