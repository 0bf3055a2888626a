import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { readPeople, type Person } from '../../../collaboration';

/** The part of a post someone is writing in: the base text, a network's text, the first comment. */
export type PostField = string;

/** The presence field that says where one writes. */
const FIELD = 'postField';

/**
 * Who is in which part of the post, from the presence states (each person once per part,
 * ourselves left out). Only the server-stamped `user` identifies people (see readPeople).
 */
export function readFieldVisitors(
  states: ReadonlyMap<number, unknown>,
  ownClientId: number,
  ownUserId?: string | null,
): Map<PostField, Person[]> {
  const byField = new Map<PostField, Map<number, unknown>>();
  for (const [clientId, state] of states) {
    if (typeof state !== 'object' || state === null) continue;
    const field = (state as Record<string, unknown>)[FIELD];
    if (typeof field !== 'string' || field.length > 40) continue;
    let group = byField.get(field);
    if (!group) byField.set(field, (group = new Map<number, unknown>()));
    group.set(clientId, state);
  }
  const visitors = new Map<PostField, Person[]>();
  for (const [field, group] of byField) {
    const people = readPeople(group, ownClientId, ownUserId);
    if (people.length > 0) visitors.set(field, people);
  }
  return visitors;
}

const NOBODY: ReadonlyMap<PostField, Person[]> = new Map();

function signature(visitors: ReadonlyMap<PostField, Person[]>): string {
  return JSON.stringify([...visitors].map(([field, people]) => [field, people]));
}

function createVisitorsStore(awareness: Awareness | null, ownUserId: string | null | undefined) {
  let current = NOBODY;
  let currentSignature = signature(NOBODY);
  return {
    subscribe: (listener: () => void): (() => void) => {
      if (!awareness) return () => undefined;
      awareness.on('change', listener);
      return () => awareness.off('change', listener);
    },
    // The same map while nobody moved: React re-renders only then.
    getSnapshot: (): ReadonlyMap<PostField, Person[]> => {
      if (!awareness) return NOBODY;
      const next = readFieldVisitors(awareness.getStates(), awareness.clientID, ownUserId);
      const nextSignature = signature(next);
      if (nextSignature !== currentSignature) {
        current = next;
        currentSignature = nextSignature;
      }
      return current;
    },
  };
}

/** Other people's places in the post, kept up to date from presence. */
export function useFieldVisitors(
  awareness: Awareness | null,
  ownUserId?: string | null,
): ReadonlyMap<PostField, Person[]> {
  const store = useMemo(() => createVisitorsStore(awareness, ownUserId), [awareness, ownUserId]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}

/**
 * Publishes the part of the post this person writes in (null when no field has focus), and
 * clears it when the editor goes away.
 */
export function useShareField(awareness: Awareness | null): (field: PostField | null) => void {
  useEffect(() => {
    if (!awareness) return;
    return () => {
      // The awareness may be destroyed with the page already; then there is nothing to clear.
      if (awareness.getLocalState() !== null) awareness.setLocalStateField(FIELD, null);
    };
  }, [awareness]);
  return useCallback(
    (field: PostField | null) => {
      if (!awareness || awareness.getLocalState() === null) return;
      if (awareness.getLocalState()?.[FIELD] === field) return;
      awareness.setLocalStateField(FIELD, field);
    },
    [awareness],
  );
}
