import { graphql } from '../../../gql';

/** Everything an event on the calendar shows, and what moving it changes. */
export const CalendarPostFieldsFragment = graphql(`
  fragment CalendarPostFields on Post {
    id
    brandId
    title
    networks
    publishAt
    publishAtLocal
    timeZone
    format
    category {
      id
      name
      key
      color
      promotional
    }
    promotional
    goalId
    mediaPlanId
    mediaPlanRowId
    assignee {
      id
      displayName
    }
    status
    approvalState
    approvalFlagged
    archived
    canEdit
    updatedAt
    openThreadCount
  }
`);

/** A range of the brand's calendar (the view's visible days, in the brand's time zone). */
export const CalendarPostsQuery = graphql(`
  query CalendarPosts($brandId: ID!, $from: String!, $to: String!) {
    calendarPosts(brandId: $brandId, from: $from, to: $to) {
      brandId
      timeZone
      from
      to
      canEdit
      promotionCapPercent
      truncated
      posts {
        ...CalendarPostFields
      }
    }
  }
`);

/** What the filters and the quick-create dialog offer: networks, categories, goals. */
export const CalendarOptionsQuery = graphql(`
  query CalendarOptions($brandId: ID!) {
    brand(id: $brandId) {
      id
      networks
      timeZone
    }
    contentCategories(brandId: $brandId) {
      id
      name
      key
      color
    }
    brandStrategyGoals(brandId: $brandId) {
      id
      statement
    }
  }
`);

/** A media plan's flight and row names (for the media-plan filter and the flight warning). */
export const CalendarMediaPlanQuery = graphql(`
  query CalendarMediaPlan($documentId: ID!) {
    mediaPlan(documentId: $documentId) {
      documentId
      title
      settings {
        flightStart
        flightEnd
      }
      rows {
        id
        channel
        activity
      }
    }
  }
`);

export const MovePostMutation = graphql(`
  mutation CalendarMovePost($input: MovePostInput!) {
    movePost(input: $input) {
      post {
        ...CalendarPostFields
      }
      publishTimeAdjustment {
        kind
        requested
        resolved
        offset
      }
    }
  }
`);

export const CreatePostMutation = graphql(`
  mutation CalendarCreatePost($input: CreatePostInput!) {
    createPost(input: $input) {
      post {
        ...CalendarPostFields
      }
      publishTimeAdjustment {
        kind
        requested
        resolved
        offset
      }
    }
  }
`);
