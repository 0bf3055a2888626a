import { useQuery } from '@apollo/client/react';
import { ServerHealthQuery } from '../graphql/server-health.query';

/** Whether the server works; `loading` is true again while a retry is on its way. */
export function useServerHealth() {
  return useQuery(ServerHealthQuery, { notifyOnNetworkStatusChange: true });
}
