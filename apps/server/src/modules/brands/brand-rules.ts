import { AppError } from '../../platform/errors/index.js';

/** Canonical BCP 47 tags (e.g. "vi", "fa-IR"), at most 20, no duplicates; or VALIDATION. */
export function validLanguages(tags: string[]): string[] {
  if (tags.length > 20)
    throw AppError.validation('contentLanguages', 'Choose at most 20 languages.');
  const result: string[] = [];
  for (const tag of tags) {
    let canonical: string | undefined;
    try {
      canonical = Intl.getCanonicalLocales(tag.trim())[0];
    } catch {
      canonical = undefined;
    }
    if (!canonical) {
      throw AppError.validation(
        'contentLanguages',
        `"${tag.slice(0, 40)}" is not a language tag such as vi or fa-IR.`,
      );
    }
    if (!result.includes(canonical)) result.push(canonical);
  }
  return result;
}

export { validTimeZone } from '../../platform/validation/index.js';

/** Longest UTM default, in characters. */
export const UTM_MAX_LENGTH = 100;

/**
 * A brand's UTM default (utm_medium, utm_campaign): trimmed, at most 100 characters, no
 * control characters; '' leaves the tag out of the links. Any other text is allowed (links
 * encode it), though analytics tools read lower-case words best.
 */
export function validUtm(value: string, field: 'utmMedium' | 'utmCampaign'): string {
  const trimmed = value.trim();
  if (trimmed.length > UTM_MAX_LENGTH) {
    throw AppError.validation(field, `Use at most ${UTM_MAX_LENGTH} characters.`);
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(trimmed)) {
    throw AppError.validation(field, 'Use letters, digits and punctuation only.');
  }
  return trimmed;
}

/**
 * Refuses new work on an archived brand (new documents, collaboration tickets) with
 * CONFLICT until it is restored; `null` (no such brand) passes — access checks answer that.
 */
export function assertBrandActive(brand: { archivedAt: Date | null } | null): void {
  if (brand?.archivedAt) {
    throw AppError.conflict('The brand is archived; restore it to work on it.', 'brandId');
  }
}
