import { graphql } from '../../../gql';

/** What the document's approval panel shows of a flow. */
export const ApprovalPanelFlowFieldsFragment = graphql(`
  fragment ApprovalPanelFlowFields on ApprovalFlow {
    id
    name
    isDefault
    documentKind
    steps {
      ...ApprovalStepFields
    }
  }
`);

export const ApprovalStepFieldsFragment = graphql(`
  fragment ApprovalStepFields on ApprovalStep {
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
`);

/** A request as the panel shows it: where it is, its steps and every decision. */
export const ApprovalRequestFieldsFragment = graphql(`
  fragment ApprovalRequestFields on ApprovalRequest {
    id
    documentId
    status
    round
    currentStep
    versionId
    flowId
    flowName
    submittedBy
    submitterName
    createdAt
    closedAt
    stepOpenedAt
    canDecide
    needsAttention
    openApproverIds
    toneCheck {
      ...ToneCheckFields
    }
    steps {
      ...ApprovalStepFields
    }
    decisions {
      id
      stepIndex
      round
      decision
      comment
      userId
      userName
      versionId
      late
      createdAt
    }
  }
`);

/** Everything the document page needs about approvals, in one round trip. */
export const DocumentApprovalStateQuery = graphql(`
  query DocumentApprovalState($documentId: ID!, $brandId: ID!, $kind: DocumentKind!) {
    documentApprovalFlow(documentId: $documentId) {
      ...ApprovalPanelFlowFields
    }
    approvalFlows(brandId: $brandId, documentKind: $kind) {
      ...ApprovalPanelFlowFields
    }
    documentApprovals(documentId: $documentId) {
      ...ApprovalRequestFields
    }
  }
`);

/** "Changed after your approval" markers of the caller (the page keeps this document's). */
export const ApprovalChangeMarkersQuery = graphql(`
  query ApprovalChangeMarkers {
    myApprovalChangeMarkers {
      id
      documentId
      requestId
      round
      fromVersionId
      toVersionId
      createdAt
      seenAt
    }
  }
`);

/** A document's approval trail. */
export const ApprovalHistoryQuery = graphql(`
  query ApprovalHistory($documentId: ID!) {
    approvalHistory(documentId: $documentId) {
      id
      type
      occurredAt
      actorId
      actorName
      comment
      requestId
      round
      stepIndex
      versionId
      fromVersionId
      toVersionId
    }
  }
`);

export const ChooseApprovalFlowMutation = graphql(`
  mutation ChooseApprovalFlow($documentId: ID!, $flowId: ID) {
    chooseApprovalFlow(documentId: $documentId, flowId: $flowId) {
      ...ApprovalPanelFlowFields
    }
  }
`);

export const SubmitForApprovalMutation = graphql(`
  mutation SubmitForApproval($documentId: ID!, $flowId: ID, $toneOverrideReason: String) {
    submitForApproval(
      documentId: $documentId
      flowId: $flowId
      toneOverrideReason: $toneOverrideReason
    ) {
      ...ApprovalRequestFields
    }
  }
`);

export const DecideApprovalMutation = graphql(`
  mutation DecideApproval($input: DecideApprovalInput!) {
    decideApproval(input: $input) {
      late
      request {
        ...ApprovalRequestFields
      }
    }
  }
`);

export const SkipApprovalStepMutation = graphql(`
  mutation SkipApprovalStep($input: SkipApprovalStepInput!) {
    skipApprovalStep(input: $input) {
      ...ApprovalRequestFields
    }
  }
`);

export const WithdrawApprovalMutation = graphql(`
  mutation WithdrawApproval($requestId: ID!) {
    withdrawApproval(requestId: $requestId) {
      ...ApprovalRequestFields
    }
  }
`);

export const MarkApprovalChangeSeenMutation = graphql(`
  mutation MarkApprovalChangeSeen($markerId: ID!) {
    markApprovalChangeSeen(markerId: $markerId)
  }
`);

/** What changed between two versions, as the server compares them (words, or media-plan cells). */
export const VersionDiffQuery = graphql(`
  query ApprovalVersionDiff($fromVersionId: ID!, $toVersionId: ID!) {
    versionDiff(fromVersionId: $fromVersionId, toVersionId: $toVersionId) {
      documentKind
      fromVersionId
      toVersionId
      words {
        op
        text
      }
      mediaPlan {
        currency
        rowsAdded {
          rowId
          block
          channel
          activity
        }
        rowsRemoved {
          rowId
          block
          channel
          activity
        }
        cellsChanged {
          rowId
          column
          field
          before
          after
        }
        totals {
          scope
          budgetBefore
          budgetAfter
          quantityBefore
          quantityAfter
        }
      }
    }
  }
`);
