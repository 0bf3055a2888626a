import { graphql } from '../../../gql';

/** Whether the server works, shown on the home page (nothing about its version or uptime). */
export const ServerHealthQuery = graphql(`
  query ServerHealth {
    health {
      status
    }
  }
`);
