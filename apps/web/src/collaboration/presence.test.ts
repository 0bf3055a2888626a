import { readPeople } from './presence';

const ana = { id: 'u-ana', name: 'Ana Lima', color: '#1c7ed6' };
const binh = { id: 'u-binh', name: 'Binh Tran', color: '#d6336c' };

describe('the people present on a document', () => {
  it('lists others by the identity the server stamped, sorted by name, once per person', () => {
    const states = new Map<number, unknown>([
      [1, { cursor: null }], // ours
      [2, { user: binh, cursor: { anchor: 1, head: 1 } }],
      [3, { user: ana }],
      [4, { user: binh }], // Binh's second tab
    ]);
    expect(readPeople(states, 1)).toEqual([ana, binh]);
  });

  it('leaves out our own client and our own user, and states without a usable identity', () => {
    const states = new Map<number, unknown>([
      [1, { user: ana }],
      [2, { user: ana }],
      [3, {}],
      [4, null],
      [5, { user: { id: 'u-x', name: '   ', color: '#000000' } }],
      [6, { user: { id: 42, name: 'Not a string id' } }],
    ]);
    expect(readPeople(states, 1, 'u-ana')).toEqual([]);
  });

  it('replaces a colour that is not a plain #rrggbb value', () => {
    const states = new Map<number, unknown>([
      [2, { user: { ...binh, color: 'red; background: url(x)' } }],
    ]);
    expect(readPeople(states, 1)).toEqual([{ ...binh, color: '#495057' }]);
  });
});
