import { useMutation, useQuery } from '@apollo/client/react';
import {
  AddKpiNoteMutation,
  KpiNotesQuery,
  KpiStrategiesQuery,
} from '../graphql/kpi-notes.graphql';

export type { KpiNoteFieldsFragment } from '../../../gql/graphql';

/** The brand's correction notes; only those linking to `strategyDocumentId` when given. */
export function useKpiNotes(brandId: string, strategyDocumentId: string | null = null) {
  return useQuery(KpiNotesQuery, {
    variables: { brandId, strategyDocumentId },
    fetchPolicy: 'cache-and-network',
  });
}

/** Adds a correction; every list of notes (the Results tab, a strategy's margin) refreshes. */
export function useAddKpiNote() {
  return useMutation(AddKpiNoteMutation, {
    refetchQueries: ['KpiNotes'],
    awaitRefetchQueries: true,
  });
}

export function useKpiStrategies(brandId: string, skip = false) {
  return useQuery(KpiStrategiesQuery, { variables: { brandId }, skip });
}
