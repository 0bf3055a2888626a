import { isAllowedOrigin } from './origin-policy.js';

describe('the browser origin policy of sockets', () => {
  const allowed = ['https://chorus.example.com', 'https://desk.example.net'];

  it('lets non-browser clients (no Origin) through; they still need a ticket', () => {
    expect(isAllowedOrigin(undefined, 'chorus.example.com', allowed)).toBe(true);
  });

  it('accepts the configured origins and the page served by the host the socket was opened on', () => {
    expect(isAllowedOrigin('https://desk.example.net', 'chorus.example.com', allowed)).toBe(true);
    expect(isAllowedOrigin('http://127.0.0.1:4100', '127.0.0.1:4100', allowed)).toBe(true);
  });

  it('refuses other sites, opaque origins and garbage', () => {
    expect(isAllowedOrigin('https://evil.example.com', 'chorus.example.com', allowed)).toBe(false);
    expect(isAllowedOrigin('null', 'chorus.example.com', allowed)).toBe(false);
    expect(isAllowedOrigin('not a url', 'chorus.example.com', allowed)).toBe(false);
    expect(isAllowedOrigin('https://chorus.example.com.evil.io', undefined, allowed)).toBe(false);
  });
});
