import { isCurrencyCode, isValidMinor, isValidQuantity } from './money.js';
import { type FlightError, type Granularity, isGranularity, validateFlight } from './periods.js';

/** Name of the root Y.Map that holds the whole plan: `doc.getMap(MEDIA_PLAN_ROOT)`. */
export const MEDIA_PLAN_ROOT = 'mediaPlan';

/** Version of the Yjs shape, stored in `settings.version`. */
export const MEDIA_PLAN_VERSION = 1;

/** The three blocks of a media plan, in display order. */
export const BLOCKS = ['PAID', 'OWNED', 'EARNED'] as const;
/** A block of rows: paid, owned or earned media. */
export type Block = (typeof BLOCKS)[number];

/** How an activity is bought: a flat fee, per thousand impressions, per click, per action. */
export const PRICING_MODELS = ['FLAT', 'CPM', 'CPC', 'CPA'] as const;
/** A pricing model. */
export type PricingModel = (typeof PRICING_MODELS)[number];

/** Longest text of each row field, in UTF-16 code units. */
export const FIELD_MAX_LENGTH = {
  channel: 100,
  activity: 300,
  objective: 500,
  goalId: 100,
} as const;

/** Longest note of one cell. */
export const NOTE_MAX_LENGTH = 2000;

/** The plan-wide settings, stored in the `settings` Y.Map. */
export interface PlanSettings {
  /** First day of the flight, `yyyy-mm-dd`. */
  readonly flightStart: string;
  /** Last day of the flight, `yyyy-mm-dd`, included. */
  readonly flightEnd: string;
  readonly granularity: Granularity;
  /** ISO 4217 code; every budget of the plan is in this currency. */
  readonly currency: string;
  readonly version: typeof MEDIA_PLAN_VERSION;
}

/** The describing fields of a row (everything but its place and its cells). */
export interface RowFields {
  /** Network or channel, e.g. "Instagram", "Newsletter". */
  readonly channel: string;
  /** What is done, e.g. "Targeted ads — retargeting". */
  readonly activity: string;
  readonly objective: string;
  /** Id of the SMART goal of the strategy this row serves, or ''. */
  readonly goalId: string;
  readonly pricing: PricingModel;
}

/** One cell: a row in one period. */
export interface CellValues {
  /** Integer minor units of the plan's currency. */
  readonly budget: number;
  /** Planned quantity / KPI target (impressions, clicks, posts…), up to 2 decimals. */
  readonly quantity: number;
  readonly note: string;
}

/** The value of a cell nobody has filled. */
export const EMPTY_CELL: CellValues = Object.freeze({ budget: 0, quantity: 0, note: '' });

/** Default fields of a new row. */
export const EMPTY_ROW_FIELDS: RowFields = Object.freeze({
  channel: '',
  activity: '',
  objective: '',
  goalId: '',
  pricing: 'FLAT',
});

/** Whether a value names a block. */
export function isBlock(value: unknown): value is Block {
  return (BLOCKS as readonly unknown[]).includes(value);
}

/** Whether a value names a pricing model. */
export function isPricingModel(value: unknown): value is PricingModel {
  return (PRICING_MODELS as readonly unknown[]).includes(value);
}

/** Whether a cell holds nothing (absent and empty cells read the same). */
export function isEmptyCell(cell: CellValues): boolean {
  return cell.budget === 0 && cell.quantity === 0 && cell.note === '';
}

/** Why settings are refused. */
export type SettingsError = FlightError | 'granularity_invalid' | 'currency_invalid';

/** Every problem of a complete settings value (empty when valid). */
export function validateSettings(settings: {
  readonly flightStart: unknown;
  readonly flightEnd: unknown;
  readonly granularity: unknown;
  readonly currency: unknown;
}): SettingsError[] {
  const errors: SettingsError[] = validateFlight(settings.flightStart, settings.flightEnd);
  if (!isGranularity(settings.granularity)) errors.push('granularity_invalid');
  if (!isCurrencyCode(settings.currency)) errors.push('currency_invalid');
  return errors;
}

/** Why row fields are refused. */
export type RowFieldsError =
  | 'channel_invalid'
  | 'activity_invalid'
  | 'objective_invalid'
  | 'goal_id_invalid'
  | 'pricing_invalid';

const FIELD_ERRORS = {
  channel: 'channel_invalid',
  activity: 'activity_invalid',
  objective: 'objective_invalid',
  goalId: 'goal_id_invalid',
} as const;

/** Every problem of a (partial) set of row fields: text too long or not text, unknown pricing. */
export function validateRowFields(
  fields: Partial<Record<keyof RowFields, unknown>>,
): RowFieldsError[] {
  const errors: RowFieldsError[] = [];
  for (const name of ['channel', 'activity', 'objective', 'goalId'] as const) {
    const value = fields[name];
    if (value === undefined) continue;
    if (typeof value !== 'string' || value.length > FIELD_MAX_LENGTH[name]) {
      errors.push(FIELD_ERRORS[name]);
    }
  }
  if (fields.pricing !== undefined && !isPricingModel(fields.pricing))
    errors.push('pricing_invalid');
  return errors;
}

/** Why a cell value is refused. */
export type CellError = 'budget_invalid' | 'quantity_invalid' | 'note_invalid';

/** Every problem of a (partial) cell value. */
export function validateCell(cell: Partial<Record<keyof CellValues, unknown>>): CellError[] {
  const errors: CellError[] = [];
  if (cell.budget !== undefined && !isValidMinor(cell.budget)) errors.push('budget_invalid');
  if (cell.quantity !== undefined && !isValidQuantity(cell.quantity))
    errors.push('quantity_invalid');
  if (
    cell.note !== undefined &&
    (typeof cell.note !== 'string' || cell.note.length > NOTE_MAX_LENGTH)
  ) {
    errors.push('note_invalid');
  }
  return errors;
}
