import { useQuery } from '@apollo/client/react';
import { useNotificationArrivals } from '../../notifications';
import { StuckApprovalsQuery, WaitingOnMeQuery } from '../graphql/waiting.graphql';
import { APPROVAL_NOTIFICATION_KINDS } from '../waiting';

/**
 * What the caller must decide: fresh each time the page opens, and again whenever an
 * approval notification reaches them live (a request submitted, reopened, reminded …).
 */
export function useWaitingOnMe(workspaceId: string) {
  const result = useQuery(WaitingOnMeQuery, {
    variables: { workspaceId },
    fetchPolicy: 'cache-and-network',
  });
  const { refetch } = result;
  useNotificationArrivals(APPROVAL_NOTIFICATION_KINDS, () => {
    void refetch().catch(() => undefined);
  });
  return result;
}

/** A brand's stuck requests (leads, owners, admins: approval.monitor), live like the above. */
export function useStuckApprovals(brandId: string) {
  const result = useQuery(StuckApprovalsQuery, {
    variables: { brandId },
    fetchPolicy: 'cache-and-network',
  });
  const { refetch } = result;
  useNotificationArrivals(APPROVAL_NOTIFICATION_KINDS, () => {
    void refetch().catch(() => undefined);
  });
  return result;
}
