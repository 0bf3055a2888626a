import { gridKeyAction, pageRowsFor, trackEscape, type KeyInput, type KeyPlace } from './keyboard';

const key = (k: string, mods: Partial<KeyInput> = {}): KeyInput => ({
  key: k,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});
const place: KeyPlace = {
  point: { row: 5, column: 4 },
  rowCount: 20,
  columnCount: 10,
  rtl: false,
  pageRows: 8,
};

describe('the grid key map', () => {
  it('moves with arrows, extending the range with Shift', () => {
    expect(gridKeyAction(key('ArrowDown'), place)).toEqual({
      kind: 'select',
      point: { row: 6, column: 4 },
      extend: false,
    });
    expect(gridKeyAction(key('ArrowLeft', { shiftKey: true }), place)).toEqual({
      kind: 'select',
      point: { row: 5, column: 3 },
      extend: true,
    });
  });

  it('mirrors left and right in a right-to-left language', () => {
    const rtl = { ...place, rtl: true };
    expect(gridKeyAction(key('ArrowLeft'), rtl)).toMatchObject({ point: { column: 5 } });
    expect(gridKeyAction(key('ArrowRight'), rtl)).toMatchObject({ point: { column: 3 } });
    expect(gridKeyAction(key('ArrowRight', { ctrlKey: true }), rtl)).toMatchObject({
      point: { column: 0 },
    });
  });

  it('jumps to the edges with Ctrl, Home and End, and by a page with PageDown', () => {
    expect(gridKeyAction(key('ArrowDown', { metaKey: true }), place)).toMatchObject({
      point: { row: 19, column: 4 },
    });
    expect(gridKeyAction(key('End'), place)).toMatchObject({ point: { row: 5, column: 9 } });
    expect(gridKeyAction(key('Home', { ctrlKey: true }), place)).toMatchObject({
      point: { row: 0, column: 0 },
    });
    expect(gridKeyAction(key('PageDown'), place)).toMatchObject({ point: { row: 13 } });
  });

  it('lets Tab leave the grid at either end', () => {
    expect(gridKeyAction(key('Tab'), { ...place, point: { row: 0, column: 9 } })).toBeNull();
    expect(
      gridKeyAction(key('Tab', { shiftKey: true }), { ...place, point: { row: 0, column: 0 } }),
    ).toBeNull();
    expect(gridKeyAction(key('Tab', { shiftKey: true }), place)).toEqual({
      kind: 'select',
      point: { row: 5, column: 3 },
      extend: false,
    });
  });

  it('maps undo, redo, row moves, editing and clearing', () => {
    expect(gridKeyAction(key('z', { ctrlKey: true }), place)).toEqual({ kind: 'undo' });
    expect(gridKeyAction(key('Z', { metaKey: true, shiftKey: true }), place)).toEqual({
      kind: 'redo',
    });
    expect(gridKeyAction(key('y', { ctrlKey: true }), place)).toEqual({ kind: 'redo' });
    expect(gridKeyAction(key('ArrowUp', { altKey: true }), place)).toEqual({
      kind: 'moveRow',
      direction: -1,
    });
    expect(gridKeyAction(key('F2'), place)).toEqual({ kind: 'open' });
    expect(gridKeyAction(key('Backspace'), place)).toEqual({ kind: 'clear' });
    expect(gridKeyAction(key('Escape'), place)).toEqual({ kind: 'escape' });
  });

  it('starts typing only on a printable key without a command modifier', () => {
    expect(gridKeyAction(key('7'), place)).toEqual({ kind: 'type', text: '7' });
    expect(gridKeyAction(key('a', { ctrlKey: true }), place)).toBeNull();
    expect(gridKeyAction(key('a', { altKey: true }), place)).toBeNull();
    expect(gridKeyAction(key('Shift'), place)).toBeNull();
  });

  it('leaves the grid on Tab only right after Escape (Shift in between allowed)', () => {
    let state = trackEscape(false, key('Escape'));
    expect(state).toEqual({ escaped: true, leave: null });
    state = trackEscape(state.escaped, key('Shift'));
    expect(state.escaped).toBe(true);
    expect(trackEscape(state.escaped, key('Tab', { shiftKey: true })).leave).toBe('before');
    expect(trackEscape(true, key('Tab')).leave).toBe('after');
    expect(trackEscape(false, key('Tab')).leave).toBeNull();
    expect(trackEscape(true, key('ArrowDown'))).toEqual({ escaped: false, leave: null });
  });

  it('pages by the rows that fit the viewport, at least one', () => {
    expect(pageRowsFor(360)).toBe(8);
    expect(pageRowsFor(0)).toBe(pageRowsFor(400));
    expect(pageRowsFor(40)).toBe(1);
  });
});
