import { graphql } from '../../../gql';

/** Everything the flow editor shows and edits of one flow. */
export const ApprovalFlowFieldsFragment = graphql(`
  fragment ApprovalFlowFields on ApprovalFlow {
    id
    brandId
    name
    documentKind
    isDefault
    reopenToStep
    updatedAt
    steps {
      index
      name
      rule
      dueInMinutes
      skippable
      approvers {
        kind
        role
        userId
        userName
      }
    }
    missingApprovers {
      kind
      role
      stepIndex
      userId
    }
  }
`);

/** A brand's flows, and the people of its teams (named approvers are picked among them). */
export const BrandApprovalFlowsQuery = graphql(`
  query BrandApprovalFlows($brandId: ID!) {
    approvalFlows(brandId: $brandId) {
      ...ApprovalFlowFields
    }
    brand(id: $brandId) {
      id
      teams {
        id
        members {
          roles
          user {
            id
            displayName
          }
        }
      }
    }
  }
`);

export const CreateApprovalFlowMutation = graphql(`
  mutation CreateApprovalFlow($input: CreateApprovalFlowInput!) {
    createApprovalFlow(input: $input) {
      ...ApprovalFlowFields
    }
  }
`);

export const UpdateApprovalFlowMutation = graphql(`
  mutation UpdateApprovalFlow($input: UpdateApprovalFlowInput!) {
    updateApprovalFlow(input: $input) {
      ...ApprovalFlowFields
    }
  }
`);

export const DeleteApprovalFlowMutation = graphql(`
  mutation DeleteApprovalFlow($id: ID!) {
    deleteApprovalFlow(id: $id)
  }
`);
