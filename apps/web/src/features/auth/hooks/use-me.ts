import { useQuery } from '@apollo/client/react';
import { MeQuery } from '../graphql/me.query';

/** The signed-in user (`null` when signed out, `undefined` while it is not known yet). */
export function useMe() {
  const { data, loading, error, refetch } = useQuery(MeQuery);
  return { me: data ? data.me : undefined, loading: loading && !data, error, refetch };
}
