import { graphql } from '../../../gql';

/** One page of the workspace's activity (owners and admins). */
export const AuditLogQuery = graphql(`
  query AuditLog($workspaceId: ID!, $filter: AuditFilter, $after: String, $first: Int) {
    auditLog(workspaceId: $workspaceId, filter: $filter, after: $after, first: $first) {
      hasMore
      endCursor
      entries {
        id
        occurredAt
        action
        actorId
        actorName
        brandName
        documentTitle
        subjectType
        subjectName
        before
        after
      }
    }
  }
`);

/** The people and brands to filter by, and reactions that failed every retry. */
export const ActivityFiltersQuery = graphql(`
  query ActivityFilters($id: ID!) {
    workspace(id: $id) {
      id
      members {
        user {
          id
          displayName
        }
      }
      brands(includeArchived: true) {
        id
        name
      }
    }
    parkedJobs(workspaceId: $id) {
      jobId
      processor
      eventType
      error
      attempts
      failedAt
    }
  }
`);
