import { UserSockets } from './user-sockets.js';

describe('sockets per user', () => {
  it('admits up to the cap per user and makes room when one leaves', () => {
    const sockets = new UserSockets(2);
    expect(sockets.admit('a')).toBe(true);
    expect(sockets.admit('a')).toBe(true);
    expect(sockets.admit('a')).toBe(false);
    expect(sockets.admit('b')).toBe(true);
    sockets.release('a');
    expect(sockets.count('a')).toBe(1);
    expect(sockets.admit('a')).toBe(true);
  });
});
