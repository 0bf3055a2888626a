import { randomUUID } from 'node:crypto';
import {
  defaultSettings,
  initPlan,
  validateSettings,
  type SettingsError,
} from '@chorus/media-plan-model';
import { isStrategyLanguage, writeTemplate, type StrategyLanguage } from '@chorus/strategy-model';
import * as Y from 'yjs';
import { AppError } from '../../platform/errors/index.js';
import type { DocumentKind } from './document.entity.js';
import type { MediaPlanSettingsInput } from './dto/media-plan-settings.input.js';

export interface InitialContentOptions {
  /** The document's language; required for a strategy from the template. */
  language?: string | null;
  /** Start from the kind's template (strategies: the 17-section SMM strategy). */
  fromTemplate?: boolean | null;
  /** Media plans: flight, period, currency. */
  mediaPlan?: MediaPlanSettingsInput | null;
}

const SETTINGS_ERRORS: Record<SettingsError, [field: string, message: string]> = {
  start_invalid: ['flightStart', 'Enter the first day of the flight as a date (yyyy-mm-dd).'],
  end_invalid: ['flightEnd', 'Enter the last day of the flight as a date (yyyy-mm-dd).'],
  end_before_start: ['flightEnd', 'The flight must end on or after the day it starts.'],
  too_long: ['flightEnd', 'A flight can last at most five years.'],
  granularity_invalid: ['granularity', 'Choose weeks or months.'],
  currency_invalid: ['currency', 'Enter an ISO currency code such as USD, EUR or VND.'],
};

/** A media plan's first content, or VALIDATION naming the first wrong setting. */
function initialPlan(settings: MediaPlanSettingsInput): Uint8Array {
  const clean = { ...settings, currency: settings.currency.trim().toUpperCase() };
  const [error] = validateSettings(clean);
  if (error) {
    const [field, message] = SETTINGS_ERRORS[error];
    throw AppError.validation(`mediaPlan.${field}`, message);
  }
  const doc = new Y.Doc();
  try {
    const result = initPlan(doc, clean);
    if (!result.ok)
      throw AppError.validation('mediaPlan', `The plan could not be set up (${result.error}).`);
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}

/** Checks a document language, or throws VALIDATION. Null when none was given. */
export function validLanguage(language: string | null | undefined): StrategyLanguage | null {
  if (language === undefined || language === null) return null;
  if (!isStrategyLanguage(language)) {
    throw AppError.validation('language', 'Choose one of en, vi, fa, he, uk or th.');
  }
  return language;
}

/**
 * The first state of a new document as one Yjs update, or null to start empty. Written
 * as the document's snapshot in the same transaction that creates it, so every client's
 * first sync already has it.
 */
export function initialContent(
  kind: DocumentKind,
  options: InitialContentOptions,
): Uint8Array | null {
  if (kind === 'media_plan') {
    if (options.fromTemplate) {
      throw AppError.validation('fromTemplate', 'Only strategies have a template.');
    }
    // Without settings: the next three months by month in USD (the day in UTC).
    return initialPlan(options.mediaPlan ?? defaultSettings(new Date().toISOString().slice(0, 10)));
  }
  if (options.mediaPlan) {
    throw AppError.validation('mediaPlan', 'Only media plans have a flight.');
  }
  if (!options.fromTemplate) return null;
  if (kind !== 'strategy') {
    throw AppError.validation('fromTemplate', 'Only strategies have a template.');
  }
  const doc = new Y.Doc();
  try {
    writeTemplate(doc, validLanguage(options.language) ?? 'en', randomUUID);
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}
