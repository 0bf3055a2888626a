import { currentZoneName, timeZoneOptions } from './brand-options';

describe('time zone options', () => {
  it('lists zones by their current IANA names, with UTC and the brand’s own zone', () => {
    const zones = timeZoneOptions('Etc/GMT-7');

    expect(zones).toContain('Asia/Ho_Chi_Minh');
    expect(zones).toContain('Europe/Kyiv');
    expect(zones).not.toContain('Asia/Saigon');
    expect(zones).toContain('UTC');
    expect(zones).toContain('Etc/GMT-7');
    expect([...zones].sort()).toEqual(zones);
  });

  it('keeps names that are already current', () => {
    expect(currentZoneName('Asia/Saigon')).toBe('Asia/Ho_Chi_Minh');
    expect(currentZoneName('Asia/Bangkok')).toBe('Asia/Bangkok');
  });
});
