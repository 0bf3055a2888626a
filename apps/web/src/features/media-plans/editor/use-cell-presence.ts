import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type { Person } from '../../../collaboration';

/** Where a person's selection is: a row and either a period or a describing field. */
export interface CellPlace {
  readonly rowId: string;
  readonly periodKey?: string;
  readonly field?: string;
}

/** Someone else's selected cell, with who they are as the server stamped it. */
export interface CellVisitor {
  readonly clientId: number;
  readonly person: Person;
}

/** Visitors per cell key (see {@link cellKey}). */
export type CellVisitors = ReadonlyMap<string, readonly CellVisitor[]>;

const HEX_COLOR = /^#[0-9a-f]{6}$/i;
const EMPTY: CellVisitors = new Map();

/** The key of a cell in presence maps: the row id and the period key or field name. */
export function cellKey(rowId: string, column: string): string {
  return `${rowId}\u0000${column}`;
}

function readPlace(value: unknown): CellPlace | null {
  if (typeof value !== 'object' || value === null) return null;
  const { rowId, periodKey, field } = value as Record<string, unknown>;
  if (typeof rowId !== 'string') return null;
  if (typeof periodKey === 'string') return { rowId, periodKey };
  if (typeof field === 'string') return { rowId, field };
  return null;
}

function readPerson(value: unknown): Person | null {
  if (typeof value !== 'object' || value === null) return null;
  const { id, name, color } = value as Record<string, unknown>;
  if (typeof id !== 'string' || typeof name !== 'string' || !name.trim()) return null;
  return {
    id,
    name,
    color: typeof color === 'string' && HEX_COLOR.test(color) ? color : '#495057',
  };
}

/**
 * Other people's selected cells from presence states. Only the `user` the server stamped
 * names someone; a state without it (not confirmed by the server) shows nobody.
 */
export function readCellVisitors(
  states: ReadonlyMap<number, { readonly [key: string]: unknown }>,
  ownClientId: number,
): CellVisitors {
  const visitors = new Map<string, CellVisitor[]>();
  for (const [clientId, state] of states) {
    if (clientId === ownClientId) continue;
    const place = readPlace(state.cell);
    const person = readPerson(state.user);
    if (!place || !person) continue;
    const key = cellKey(place.rowId, place.periodKey ?? place.field ?? '');
    const list = visitors.get(key) ?? [];
    list.push({ clientId, person });
    visitors.set(key, list);
  }
  return visitors;
}

function signature(visitors: CellVisitors): string {
  return [...visitors]
    .map(
      ([key, list]) =>
        `${key}=${list.map((v) => `${v.clientId}:${v.person.name}:${v.person.color}`).join(',')}`,
    )
    .sort()
    .join('|');
}

function createVisitorsStore(awareness: Awareness | null) {
  let current: CellVisitors = EMPTY;
  let currentSignature = '';
  return {
    subscribe: (listener: () => void): (() => void) => {
      if (!awareness) return () => undefined;
      awareness.on('change', listener);
      return () => awareness.off('change', listener);
    },
    // The same map while nobody moved: React re-renders only then.
    getSnapshot: (): CellVisitors => {
      if (!awareness) return EMPTY;
      const next = readCellVisitors(awareness.getStates(), awareness.clientID);
      const nextSignature = signature(next);
      if (nextSignature !== currentSignature) {
        current = next;
        currentSignature = nextSignature;
      }
      return current;
    },
  };
}

/** Other people's selected cells, kept up to date from presence. */
export function useCellVisitors(awareness: Awareness | null): CellVisitors {
  const store = useMemo(() => createVisitorsStore(awareness), [awareness]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}

/**
 * Publishes this person's selected cell in presence (null when the grid has no focus), and
 * clears it when the grid goes away.
 */
export function useShareCell(awareness: Awareness | null, place: CellPlace | null): void {
  const rowId = place?.rowId ?? null;
  const periodKey = place?.periodKey ?? null;
  const field = place?.field ?? null;
  useEffect(() => {
    if (!awareness) return;
    const cell =
      rowId === null ? null : periodKey !== null ? { rowId, periodKey } : { rowId, field };
    awareness.setLocalStateField('cell', cell);
  }, [awareness, rowId, periodKey, field]);
  useEffect(() => {
    if (!awareness) return;
    return () => {
      // The awareness may be destroyed with the page already; then there is nothing to clear.
      if (awareness.getLocalState() !== null) awareness.setLocalStateField('cell', null);
    };
  }, [awareness]);
}

function luminance(hex: string): number {
  const channel = (at: number) => {
    const value = parseInt(hex.slice(at, at + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** Black or white, whichever reads better on a person's colour (`#rrggbb`). */
export function textColorOn(hex: string): string {
  const l = luminance(hex);
  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? '#000000' : '#ffffff';
}
