import { useQuery } from '@apollo/client/react';
import { ContentMixQuery } from '../graphql/content-mix.graphql';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `from` and `to` are days (yyyy-mm-dd) with `from` before `to`: a range to ask about. */
export function isDayRange(from: string, to: string): boolean {
  return DAY.test(from) && DAY.test(to) && from < to;
}

/**
 * The content mix of the visible range: the calendar refetches it by name ("ContentMix")
 * after a move, and it refreshes itself whenever the range changes.
 */
export function useContentMix(brandId: string, from: string, to: string, weekStartsOn: number) {
  const result = useQuery(ContentMixQuery, {
    variables: { brandId, from, to, firstDayOfWeek: weekStartsOn },
    skip: !isDayRange(from, to),
    fetchPolicy: 'cache-and-network',
  });
  return {
    mix: result.data?.contentMix ?? null,
    loading: result.loading,
    error: result.error,
  };
}
