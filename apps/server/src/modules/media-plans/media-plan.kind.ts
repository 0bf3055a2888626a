import {
  BLOCKS,
  defaultSettings,
  initPlan,
  MEDIA_PLAN_ROOT,
  readPlan,
  validateSettings,
  type SettingsError,
} from '@chorus/media-plan-model';
import * as Y from 'yjs';
import { AppError } from '../../platform/errors/index.js';
import { defineDocumentKind, replaceMap } from '../documents/index.js';
import { MediaPlanSettingsInput } from './dto/media-plan-settings.input.js';

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

/** Media plans: one Y.Map grid of Paid/Owned/Earned rows by period, set up with a flight. */
export const mediaPlanKind = defineDocumentKind({
  kind: 'media_plan',
  graphqlName: 'MEDIA_PLAN',
  label: 'media plans',
  // The matrix has no media-plan approval yet.
  actions: { read: 'mediaPlan.read', edit: 'mediaPlan.edit', approve: null },
  exports: ['csv', 'xlsx'],
  createFields: [
    {
      name: 'mediaPlan',
      type: () => MediaPlanSettingsInput,
      description:
        'Media plans: flight, period and currency (default: the next three months, by month, USD)',
    },
  ],
  initialContent({ fromTemplate, input }) {
    if (fromTemplate) throw AppError.validation('fromTemplate', 'Only strategies have a template.');
    const settings = input.mediaPlan as MediaPlanSettingsInput | null | undefined;
    // Without settings: the next three months by month in USD (the day in UTC).
    return initialPlan(settings ?? defaultSettings(new Date().toISOString().slice(0, 10)));
  },
  replaceContent(target, source) {
    replaceMap(target, source, MEDIA_PLAN_ROOT);
  },
  plainText(doc) {
    const plan = readPlan(doc);
    return BLOCKS.flatMap((block) =>
      plan.blocks[block].map((row) =>
        [block, row.channel, row.activity, row.objective].filter(Boolean).join(' · '),
      ),
    ).join('\n');
  },
});

/** VALIDATION unless the document is a media plan. */
export function requireMediaPlan(kind: string): void {
  if (kind !== mediaPlanKind.kind) {
    throw AppError.validation('documentId', 'This document is not a media plan.');
  }
}
