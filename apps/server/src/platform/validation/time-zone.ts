import { AppError } from '../errors/index.js';

/** An IANA time zone such as Asia/Ho_Chi_Minh (aliases such as Europe/Kiev too); or VALIDATION. */
export function validTimeZone(zone: string): string {
  const trimmed = zone.trim();
  // Offsets like "+07:00" are valid for Intl but are not places: a calendar needs a zone's rules.
  if (/^[A-Za-z]+(?:\/[A-Za-z0-9_+-]+)*$/.test(trimmed)) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: trimmed });
      return trimmed;
    } catch {
      // not a zone this runtime knows; refused below
    }
  }
  throw AppError.validation(
    'timeZone',
    'Choose a time zone such as Asia/Ho_Chi_Minh or Europe/Kyiv.',
  );
}
