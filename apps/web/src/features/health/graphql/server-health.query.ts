import { graphql } from '../../../gql';

/** The server's health, shown on the home page. */
export const ServerHealthQuery = graphql(`
  query ServerHealth {
    health {
      status
      database
      version
      uptimeSeconds
    }
  }
`);
