import { graphql } from '../../../gql';

/** The brands of a workspace the user may open, for the brand list. */
export const WorkspaceBrandsQuery = graphql(`
  query WorkspaceBrands($id: ID!, $includeArchived: Boolean!) {
    workspace(id: $id) {
      id
      myActions
      brands(includeArchived: $includeArchived) {
        id
        name
        networks
        contentLanguages
        archivedAt
        myRoles
      }
    }
  }
`);

/** The teams a brand can be assigned to. */
export const WorkspaceTeamOptionsQuery = graphql(`
  query WorkspaceTeamOptions($id: ID!) {
    workspace(id: $id) {
      id
      teams {
        id
        name
      }
    }
  }
`);

/** What the brand layout shows beside every section: the name and the user's roles. */
export const BrandSummaryQuery = graphql(`
  query BrandSummary($id: ID!) {
    brand(id: $id) {
      id
      name
      workspaceId
      archivedAt
      myRoles
      myActions
    }
  }
`);

export const BrandSettingsQuery = graphql(`
  query BrandSettings($id: ID!) {
    brand(id: $id) {
      id
      name
      description
      communityConcept
      networks
      contentLanguages
      timeZone
      archivedAt
      workspaceId
      myActions
      teams {
        id
        name
      }
    }
  }
`);

export const CreateBrandMutation = graphql(`
  mutation CreateBrand($input: CreateBrandInput!) {
    createBrand(input: $input) {
      id
      name
    }
  }
`);

export const UpdateBrandMutation = graphql(`
  mutation UpdateBrand($input: UpdateBrandInput!) {
    updateBrand(input: $input) {
      id
      name
      description
      communityConcept
      networks
      contentLanguages
      timeZone
    }
  }
`);

export const SetBrandTeamsMutation = graphql(`
  mutation SetBrandTeams($input: SetBrandTeamsInput!) {
    setBrandTeams(input: $input) {
      id
      teams {
        id
        name
      }
    }
  }
`);

export const ArchiveBrandMutation = graphql(`
  mutation ArchiveBrand($brandId: ID!) {
    archiveBrand(brandId: $brandId) {
      id
      archivedAt
    }
  }
`);

export const RestoreBrandMutation = graphql(`
  mutation RestoreBrand($brandId: ID!) {
    restoreBrand(brandId: $brandId) {
      id
      archivedAt
    }
  }
`);
