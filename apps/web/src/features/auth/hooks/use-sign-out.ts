import { useApolloClient, useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { SignOutEverywhereMutation, SignOutMutation } from '../graphql/auth.mutations';

export type SignedOutNotice = { signedOut: 'here' } | { signedOut: 'everywhere'; sessions: number };

/**
 * Signs out (here or everywhere), goes home and resets the Apollo store, so nothing of the
 * previous person stays in memory and every query on screen asks again as nobody.
 */
export function useSignOut() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [signOut, here] = useMutation(SignOutMutation);
  const [signOutEverywhere, everywhere] = useMutation(SignOutEverywhereMutation);

  const finish = async (notice: SignedOutNotice) => {
    // Synchronously, so the page that needed the session is gone before `me` turns null.
    await navigate('/', { replace: true, state: notice, flushSync: true });
    // A query that fails while refetching as nobody is not a failure of signing out.
    await client.resetStore().catch(() => undefined);
  };

  return {
    busy: here.loading || everywhere.loading,
    signOut: async () => {
      await signOut();
      await finish({ signedOut: 'here' });
    },
    signOutEverywhere: async () => {
      const { data } = await signOutEverywhere();
      await finish({ signedOut: 'everywhere', sessions: data?.signOutEverywhere ?? 0 });
    },
  };
}
