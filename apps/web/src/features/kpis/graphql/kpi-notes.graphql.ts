import { graphql } from '../../../gql';

export const KpiNoteFieldsFragment = graphql(`
  fragment KpiNoteFields on KpiNote {
    id
    kpiId
    kpiName
    periodKey
    body
    strategyDocumentId
    strategySection
    createdByName
    createdAt
  }
`);

/** The brand's corrections, newest first; those linking to one strategy when it is given. */
export const KpiNotesQuery = graphql(`
  query KpiNotes($brandId: ID!, $strategyDocumentId: ID) {
    kpiNotes(brandId: $brandId, strategyDocumentId: $strategyDocumentId) {
      ...KpiNoteFields
    }
  }
`);

export const AddKpiNoteMutation = graphql(`
  mutation AddKpiNote($input: AddKpiNoteInput!) {
    addKpiNote(input: $input) {
      ...KpiNoteFields
    }
  }
`);

/** The brand's strategies a correction can link to. */
export const KpiStrategiesQuery = graphql(`
  query KpiStrategies($brandId: ID!) {
    documents(brandId: $brandId, kind: STRATEGY, includeArchived: false) {
      id
      title
    }
  }
`);
