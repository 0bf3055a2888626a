import { useMutation, useQuery } from '@apollo/client/react';
import {
  BrandApprovalFlowsQuery,
  CreateApprovalFlowMutation,
  DeleteApprovalFlowMutation,
  UpdateApprovalFlowMutation,
} from '../graphql/approval-flows.graphql';

/** A brand's approval flows and the people who may be named as approvers. */
export function useBrandApprovalFlows(brandId: string) {
  return useQuery(BrandApprovalFlowsQuery, { variables: { brandId } });
}

// A new default unsets the old one on the server: every change refetches the whole list.
const refetch = (brandId: string) => ({
  refetchQueries: [{ query: BrandApprovalFlowsQuery, variables: { brandId } }],
  awaitRefetchQueries: true,
});

export function useCreateApprovalFlow(brandId: string) {
  return useMutation(CreateApprovalFlowMutation, refetch(brandId));
}

export function useUpdateApprovalFlow(brandId: string) {
  return useMutation(UpdateApprovalFlowMutation, refetch(brandId));
}

export function useDeleteApprovalFlow(brandId: string) {
  return useMutation(DeleteApprovalFlowMutation, refetch(brandId));
}
