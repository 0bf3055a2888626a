import { graphql } from '../../../gql';

/** The SMART goals of the brand's strategies, for a media-plan row's goal picker. */
export const BrandStrategyGoalsQuery = graphql(`
  query BrandStrategyGoals($brandId: ID!) {
    brandStrategyGoals(brandId: $brandId) {
      id
      documentId
      documentTitle
      statement
      metric
      target
      deadline
      issues
    }
  }
`);
