import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { ChangePasswordMutation, SignInMutation, SignUpMutation } from '../graphql/auth.mutations';

export function useSignIn() {
  return useMutation(SignInMutation);
}

/** Creates an account, which also signs it in. */
export function useSignUp() {
  return useMutation(SignUpMutation);
}

export function useChangePassword() {
  return useMutation(ChangePasswordMutation);
}

/**
 * After signing in or up: everything cached so far was asked as nobody (or as someone else),
 * so the store is emptied and every query on screen asks again. A query that fails while
 * doing so is not a failure of signing in.
 */
export function useStartSession() {
  const client = useApolloClient();
  return useCallback(
    () =>
      client.resetStore().then(
        () => undefined,
        () => undefined,
      ),
    [client],
  );
}
