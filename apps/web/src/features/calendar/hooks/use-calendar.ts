import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type {
  CalendarMediaPlanQuery,
  CreatePostInput,
  TimeAdjustmentKind,
} from '../../../gql/graphql';
import type { PlanFlight } from '../calendar-events';
import {
  CalendarMediaPlanQuery as MediaPlanQuery,
  CalendarOptionsQuery,
  CalendarPostsQuery,
  CreatePostMutation,
  MovePostMutation,
} from '../graphql/calendar.graphql';

/** The days a view shows, in the brand's time zone: `from` included, `to` excluded. */
export interface CalendarRange {
  from: string;
  to: string;
}

/** The posts of the visible range; the last range's posts stay on screen while the next loads. */
export function useCalendarPosts(brandId: string, range: CalendarRange | null) {
  const result = useQuery(CalendarPostsQuery, {
    variables: { brandId, from: range?.from ?? '', to: range?.to ?? '' },
    skip: range === null,
    // Live events and other people's moves: always read the server once a range is opened.
    fetchPolicy: 'cache-and-network',
  });
  const calendar = (result.data ?? result.previousData)?.calendarPosts;
  return {
    calendar: calendar ?? null,
    loading: result.loading,
    error: result.error,
    refetch: result.refetch,
  };
}

/** Choices of the filters and the create dialog: the brand's networks, categories and goals. */
export function useCalendarOptions(brandId: string) {
  const { data } = useQuery(CalendarOptionsQuery, { variables: { brandId } });
  return {
    networks: data?.brand.networks ?? [],
    timeZone: data?.brand.timeZone ?? null,
    categories: data?.contentCategories ?? [],
    goals: data?.brandStrategyGoals ?? [],
  };
}

export type CalendarMediaPlan = CalendarMediaPlanQuery['mediaPlan'];

/** Most media plans the calendar reads row names and flights of at once. */
const MAX_PLANS = 10;

/**
 * The media plans the visible posts belong to (a few per brand): their rows name the
 * media-plan filter's choices and their flights give the "outside the flight" warning.
 * A plan the reader may not open is left out (its posts then show no warning).
 */
export function useMediaPlans(planIds: readonly string[]) {
  const client = useApolloClient();
  const key = planIds.slice(0, MAX_PLANS).join(',');
  const [plans, setPlans] = useState<CalendarMediaPlan[]>([]);
  useEffect(() => {
    let current = true;
    const ids = key === '' ? [] : key.split(',');
    Promise.all(
      ids.map((documentId) =>
        client
          .query({ query: MediaPlanQuery, variables: { documentId } })
          .then((answer) => answer.data?.mediaPlan ?? null)
          .catch(() => null),
      ),
    )
      .then((answers) => {
        if (current) setPlans(answers.filter((plan) => plan !== null));
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [client, key]);
  return useMemo(() => {
    const flights = new Map<string, PlanFlight>();
    for (const plan of plans) {
      if (plan.settings.flightStart && plan.settings.flightEnd) {
        flights.set(plan.documentId, plan.settings);
      }
    }
    return { plans, flights };
  }, [plans]);
}

/** How the server placed a publish time the brand's clock skips or repeats. */
export interface TimeAdjustment {
  kind: TimeAdjustmentKind;
  requested: string;
  resolved: string;
  offset: string;
}

/** What became of a move or a create: done (with any DST adjustment) or refused with a code. */
export type CalendarChange =
  { ok: true; postId: string; adjustment: TimeAdjustment | null } | { ok: false; code: string };

/** The server's error code (POST_ARCHIVED, FORBIDDEN, VALIDATION …), NETWORK without an answer. */
export function errorCode(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) {
    const code = error.errors[0]?.extensions?.code;
    return typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
  }
  return 'NETWORK';
}

/** Moves a post to a local date-time of the brand (the server resolves DST and answers the post). */
export function useMovePost() {
  // The post itself updates in the cache from the answer; the content mix is counted anew.
  const [mutate] = useMutation(MovePostMutation, { refetchQueries: ['ContentMix'] });
  // Stable, so the memoised calendar view does not redraw every event on each page render.
  return useCallback(
    async (postId: string, publishAt: string | null): Promise<CalendarChange> => {
      try {
        const { data } = await mutate({ variables: { input: { postId, publishAt } } });
        if (!data) return { ok: false, code: 'INTERNAL_SERVER_ERROR' };
        return { ok: true, postId, adjustment: data.movePost.publishTimeAdjustment ?? null };
      } catch (error) {
        return { ok: false, code: errorCode(error) };
      }
    },
    [mutate],
  );
}

/** Creates a post (a draft) and reloads the calendar so it shows. */
export function useCreatePost() {
  const [mutate, { loading }] = useMutation(CreatePostMutation, {
    refetchQueries: ['CalendarPosts', 'ContentMix'],
  });
  const create = async (input: CreatePostInput): Promise<CalendarChange> => {
    try {
      const { data } = await mutate({ variables: { input } });
      if (!data) return { ok: false, code: 'INTERNAL_SERVER_ERROR' };
      return {
        ok: true,
        postId: data.createPost.post.id,
        adjustment: data.createPost.publishTimeAdjustment ?? null,
      };
    } catch (error) {
      return { ok: false, code: errorCode(error) };
    }
  };
  return { create, creating: loading };
}
