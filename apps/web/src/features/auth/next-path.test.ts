import { safeNextPath, signInPath } from './next-path';

describe('safeNextPath', () => {
  it('keeps a path of this app', () => {
    expect(safeNextPath('/w/1/members?x=1')).toBe('/w/1/members?x=1');
  });

  it('refuses other sites and anything that is not a path', () => {
    expect(safeNextPath('//evil.example/x')).toBe('/');
    expect(safeNextPath('/\\evil.example')).toBe('/');
    expect(safeNextPath('https://evil.example')).toBe('/');
    expect(safeNextPath(null)).toBe('/');
  });
});

describe('signInPath', () => {
  it('carries where to come back to', () => {
    expect(signInPath('/invite/abc')).toBe('/sign-in?next=%2Finvite%2Fabc');
    expect(signInPath('/invite/abc', 'sign-up')).toBe('/sign-up?next=%2Finvite%2Fabc');
    expect(signInPath('/')).toBe('/sign-in');
  });
});
