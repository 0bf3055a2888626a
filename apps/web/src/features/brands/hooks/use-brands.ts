import { useMutation, useQuery } from '@apollo/client/react';
import {
  ArchiveBrandMutation,
  BrandSettingsQuery,
  BrandSummaryQuery,
  CreateBrandMutation,
  RestoreBrandMutation,
  SetBrandTeamsMutation,
  UpdateBrandMutation,
  WorkspaceBrandsQuery,
  WorkspaceTeamOptionsQuery,
} from '../graphql/brands.graphql';

/** A workspace's brands (the archived ones too when asked). */
export function useWorkspaceBrands(workspaceId: string, includeArchived: boolean) {
  return useQuery(WorkspaceBrandsQuery, { variables: { id: workspaceId, includeArchived } });
}

/** The teams a brand can be given; `skip` while the form that needs them is closed. */
export function useWorkspaceTeamOptions(workspaceId: string, { skip = false } = {}) {
  return useQuery(WorkspaceTeamOptionsQuery, { variables: { id: workspaceId }, skip });
}

/** One brand's name, my roles and my actions (what its layout hands its pages). */
export function useBrandSummary(id: string) {
  return useQuery(BrandSummaryQuery, { variables: { id } });
}

/** Everything the settings page shows and edits of one brand. */
export function useBrandSettings(id: string) {
  return useQuery(BrandSettingsQuery, { variables: { id } });
}

/** Creates a brand; the workspace's list follows before the promise settles. */
export function useCreateBrand() {
  return useMutation(CreateBrandMutation, {
    refetchQueries: [WorkspaceBrandsQuery],
    awaitRefetchQueries: true,
  });
}

export function useUpdateBrand() {
  return useMutation(UpdateBrandMutation);
}

export function useSetBrandTeams() {
  return useMutation(SetBrandTeamsMutation);
}

export function useArchiveBrand() {
  return useMutation(ArchiveBrandMutation);
}

export function useRestoreBrand() {
  return useMutation(RestoreBrandMutation);
}
