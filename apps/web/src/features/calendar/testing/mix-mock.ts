import { ContentMixQuery } from '../graphql/content-mix.graphql';

/** An empty content mix for any range (pages that show the calendar need one). */
export function emptyMixMock(brandId: string, timeZone: string) {
  return {
    request: { query: ContentMixQuery, variables: () => true },
    result: {
      data: {
        contentMix: {
          __typename: 'ContentMix',
          brandId,
          timeZone,
          capPercent: 20,
          weeks: [],
          months: [],
          plannedVsDone: [],
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}
