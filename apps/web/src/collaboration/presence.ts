import { useMemo, useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';

/** Someone else on the document, as the server identified them. */
export interface Person {
  id: string;
  name: string;
  /** `#rrggbb` */
  color: string;
}

const HEX_COLOR = /^#[0-9a-f]{6}$/i;

function readUser(state: unknown): Person | null {
  if (typeof state !== 'object' || state === null) return null;
  const user = (state as { user?: unknown }).user;
  if (typeof user !== 'object' || user === null) return null;
  const { id, name, color } = user as Record<string, unknown>;
  if (typeof id !== 'string' || typeof name !== 'string' || !name.trim()) return null;
  return {
    id,
    name,
    color: typeof color === 'string' && HEX_COLOR.test(color) ? color : '#495057',
  };
}

/**
 * The other people present, once each (a person with two tabs open is one person), in a
 * stable order. Only `user` as the server stamped it counts: states that arrive without
 * it (ours, before the server answered) are left out, and our own client never counts.
 */
export function readPeople(
  states: ReadonlyMap<number, unknown>,
  ownClientId: number,
  ownUserId?: string | null,
): Person[] {
  const people = new Map<string, Person>();
  for (const [clientId, state] of states) {
    if (clientId === ownClientId) continue;
    const person = readUser(state);
    if (!person || person.id === ownUserId || people.has(person.id)) continue;
    people.set(person.id, person);
  }
  return [...people.values()].sort(
    (a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id),
  );
}

function samePeople(a: Person[], b: Person[]): boolean {
  return (
    a.length === b.length &&
    a.every((person, i) => {
      const other = b[i];
      return (
        other !== undefined &&
        person.id === other.id &&
        person.name === other.name &&
        person.color === other.color
      );
    })
  );
}

function createPresenceStore(awareness: Awareness | null, ownUserId: string | null) {
  let people: Person[] = [];
  return {
    subscribe: (listener: () => void): (() => void) => {
      if (!awareness) return () => undefined;
      awareness.on('change', listener);
      return () => awareness.off('change', listener);
    },
    // The same array while nobody came, left or changed: React re-renders only then.
    getSnapshot: (): Person[] => {
      if (!awareness) return people;
      const next = readPeople(awareness.getStates(), awareness.clientID, ownUserId);
      if (!samePeople(people, next)) people = next;
      return people;
    },
  };
}

/** The other people on the document, kept up to date from its presence (awareness). */
export function usePresence(awareness: Awareness | null, ownUserId?: string | null): Person[] {
  const store = useMemo(
    () => createPresenceStore(awareness, ownUserId ?? null),
    [awareness, ownUserId],
  );
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
