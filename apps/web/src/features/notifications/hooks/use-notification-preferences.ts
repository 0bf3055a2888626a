import { useMutation, useQuery } from '@apollo/client/react';
import type { NotificationPreferenceInput } from '../../../gql/graphql';
import {
  NotificationPreferencesQuery,
  UpdateNotificationPreferencesMutation,
} from '../graphql/notifications.graphql';

/** One's choice per kind, and saving a changed one. */
export function useNotificationPreferences() {
  const { data, loading, error } = useQuery(NotificationPreferencesQuery);
  const [mutate, saving] = useMutation(UpdateNotificationPreferencesMutation, {
    update: (cache, { data: saved }) => {
      if (saved) {
        cache.writeQuery({
          query: NotificationPreferencesQuery,
          data: { notificationPreferences: saved.updateNotificationPreferences },
        });
      }
    },
  });
  return {
    preferences: data?.notificationPreferences ?? [],
    loading,
    error,
    saving: saving.loading,
    save: async (input: NotificationPreferenceInput): Promise<void> => {
      await mutate({ variables: { input: [input] } });
    },
  };
}
