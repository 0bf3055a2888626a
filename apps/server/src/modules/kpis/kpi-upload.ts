import type { Request } from 'express';
import { AppError } from '../../platform/errors/index.js';
import { REQUEST_HEADER } from '../media-plans/index.js';

/** What every KPI file upload (actuals, audience activity) says in its request. */
export interface KpiUpload {
  format: 'csv' | 'xlsx';
  /** How the file writes numbers (BCP 47; `en` when not given). */
  locale: string;
  dryRun: boolean;
}

/**
 * Checks what KPI file uploads share, before the file is read: the CSRF header, a raw
 * body (a JSON body would already be consumed by the parser), the format and the locale.
 */
export function kpiUploadOf(request: Request, query: Record<string, unknown>): KpiUpload {
  if (request.headers[REQUEST_HEADER] !== '1') {
    throw AppError.forbidden('Uploads need the X-Chorus-Request header.');
  }
  const format = query.format;
  if (format !== 'csv' && format !== 'xlsx')
    throw AppError.validation('format', 'Choose csv or xlsx.');
  if (/^application\/json/i.test(request.headers['content-type'] ?? '')) {
    throw AppError.validation('file', 'Send the file as application/octet-stream, not JSON.');
  }
  const locale = query.locale ?? 'en';
  if (typeof locale !== 'string' || !/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(locale)) {
    throw AppError.validation('locale', 'Give a locale such as en or de.');
  }
  return { format, locale, dryRun: query.dryRun === 'true' || query.dryRun === '1' };
}
