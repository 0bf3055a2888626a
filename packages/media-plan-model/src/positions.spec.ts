import { comparePositioned, type Positioned, positionForInsert } from './positions.js';

const sorted = (rows: Positioned[]): Positioned[] => [...rows].sort(comparePositioned);

/** Applies an insert and returns the ids in their new order. */
function insert(rows: Positioned[], index: number, id = 'new'): string[] {
  const { position, rekeyed } = positionForInsert(sorted(rows), index);
  const next = rows.map((row) => rekeyed.find((r) => r.id === row.id) ?? row);
  return sorted([...next, { id, position }]).map((row) => row.id);
}

describe('row positions', () => {
  it('orders by key, then by id for equal keys', () => {
    const rows = [
      { id: 'b', position: 'a0' },
      { id: 'a', position: 'a0' },
      { id: 'c', position: 'Zz' },
    ];
    expect(sorted(rows).map((r) => r.id)).toEqual(['c', 'a', 'b']);
  });

  it('inserts first, between and last', () => {
    const rows = [
      { id: 'x', position: 'a0' },
      { id: 'y', position: 'a1' },
    ];
    expect(insert(rows, 0)).toEqual(['new', 'x', 'y']);
    expect(insert(rows, 1)).toEqual(['x', 'new', 'y']);
    expect(insert(rows, 2)).toEqual(['x', 'y', 'new']);
    expect(positionForInsert(rows, 1).rekeyed).toEqual([]);
  });

  it('inserts between two rows that got the same key by re-keying the tied ones after it', () => {
    const rows = [
      { id: 'p', position: 'a0' },
      { id: 'q', position: 'a1' },
      { id: 'r', position: 'a1' },
      { id: 's', position: 'a1' },
      { id: 't', position: 'a2' },
    ];
    expect(insert(rows, 2)).toEqual(['p', 'q', 'new', 'r', 's', 't']);
    expect(positionForInsert(sorted(rows), 2).rekeyed.map((r) => r.id)).toEqual(['r', 's']);
    expect(insert(rows, 3)).toEqual(['p', 'q', 'r', 'new', 's', 't']);
  });

  it('re-keys the whole block in its current order when a client wrote broken keys', () => {
    const rows = [
      { id: 'a', position: '' },
      { id: 'b', position: '!!' },
      { id: 'c', position: 'a0' },
    ];
    expect(insert(rows, 1)).toEqual(['a', 'new', 'b', 'c']);
    expect(insert(rows, 3)).toEqual(['a', 'b', 'c', 'new']);
  });

  it('clamps an index outside the list', () => {
    const rows = [{ id: 'x', position: 'a0' }];
    expect(insert(rows, 99)).toEqual(['x', 'new']);
    expect(insert(rows, -3)).toEqual(['new', 'x']);
  });
});
