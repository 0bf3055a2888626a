import { graphql } from '../../../gql';

/** The networks a brand uses: the post editor shows a variant for each. */
export const PostBrandNetworksQuery = graphql(`
  query PostBrandNetworks($id: ID!) {
    brand(id: $id) {
      id
      networks
    }
  }
`);
