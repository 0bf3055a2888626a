import { AppError } from '../../platform/errors/index.js';
import { validLanguages, validTimeZone, validUtm } from './brand-rules.js';

function fieldOf(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error instanceof AppError ? error.extensions.field : error;
  }
  return undefined;
}

describe('brand rules', () => {
  it('canonicalises language tags and drops duplicates', () => {
    expect(validLanguages(['vi', 'FA-ir', 'he', 'vi', ' th '])).toEqual([
      'vi',
      'fa-IR',
      'he',
      'th',
    ]);
  });

  it('refuses a string that is not a language tag', () => {
    expect(fieldOf(() => validLanguages(['vi', 'not a language']))).toBe('contentLanguages');
  });

  it('refuses more than 20 languages', () => {
    expect(fieldOf(() => validLanguages(Array.from({ length: 21 }, () => 'en')))).toBe(
      'contentLanguages',
    );
  });

  it('accepts IANA time zones and UTC', () => {
    expect(validTimeZone('Asia/Ho_Chi_Minh')).toBe('Asia/Ho_Chi_Minh');
    expect(validTimeZone('Europe/Kyiv')).toBe('Europe/Kyiv');
    expect(validTimeZone('UTC')).toBe('UTC');
  });

  it('refuses an unknown time zone', () => {
    expect(fieldOf(() => validTimeZone('Mars/Olympus_Mons'))).toBe('timeZone');
  });

  it('trims UTM defaults and allows an empty one', () => {
    expect(validUtm('  social ', 'utmMedium')).toBe('social');
    expect(validUtm('', 'utmCampaign')).toBe('');
    expect(validUtm('tết 2027', 'utmCampaign')).toBe('tết 2027');
  });

  it('refuses a UTM default that is too long or holds control characters', () => {
    expect(fieldOf(() => validUtm('x'.repeat(101), 'utmCampaign'))).toBe('utmCampaign');
    expect(fieldOf(() => validUtm('a\nb', 'utmMedium'))).toBe('utmMedium');
  });
});
