import { graphql } from '../../../gql';

/** The signed-in user, or null. The header, the home page and the session guard read it. */
export const MeQuery = graphql(`
  query Me {
    me {
      id
      email
      displayName
      interfaceLanguage
      timeZone
    }
  }
`);
