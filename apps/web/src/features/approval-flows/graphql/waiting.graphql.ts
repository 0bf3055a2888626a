import { graphql } from '../../../gql';

/** What a row of the waiting and stuck lists shows of a request. */
export const WaitingRequestFieldsFragment = graphql(`
  fragment WaitingRequestFields on ApprovalRequest {
    id
    brandId
    documentId
    documentKind
    documentTitle
    flowName
    status
    round
    currentStep
    stepOpenedAt
    createdAt
    submittedBy
    submitterName
    needsAttention
    canDecide
    steps {
      index
      name
      dueInMinutes
    }
  }
`);

/** The requests the caller must decide, and the workspace's brands (names, rights). */
export const WaitingOnMeQuery = graphql(`
  query WaitingOnMe($workspaceId: ID!) {
    waitingOnMe {
      ...WaitingRequestFields
    }
    workspace(id: $workspaceId) {
      id
      brands(includeArchived: false) {
        id
        name
        myActions
      }
    }
  }
`);

/** A brand's pending requests, longest waiting first, and on whom (approval.monitor). */
export const StuckApprovalsQuery = graphql(`
  query StuckApprovals($brandId: ID!) {
    stuckApprovals(brandId: $brandId) {
      stepIndex
      stepName
      since
      dueAt
      waitingOn {
        userId
        name
      }
      request {
        ...WaitingRequestFields
      }
    }
  }
`);
