import { useQuery } from '@apollo/client/react';
import { StuckApprovalsQuery, WaitingOnMeQuery } from '../graphql/waiting.graphql';

/** What the caller must decide (fresh each time the page opens). */
export function useWaitingOnMe(workspaceId: string) {
  return useQuery(WaitingOnMeQuery, {
    variables: { workspaceId },
    fetchPolicy: 'cache-and-network',
  });
}

/** A brand's stuck requests (leads, owners, admins: approval.monitor). */
export function useStuckApprovals(brandId: string) {
  return useQuery(StuckApprovalsQuery, {
    variables: { brandId },
    fetchPolicy: 'cache-and-network',
  });
}
