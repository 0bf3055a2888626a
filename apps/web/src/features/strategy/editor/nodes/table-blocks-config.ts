import { COMPETITOR_FIELDS, DRIVER_BARRIER_FIELDS } from '@chorus/strategy-model';

/** The two typed tables: a container of atom rows, each row a set of string fields. */
export const TABLE_BLOCKS = {
  driversBarriers: {
    name: 'driversBarriers',
    rowName: 'driverBarrierRow',
    fields: DRIVER_BARRIER_FIELDS,
    i18n: 'driversBarriers',
  },
  competitors: {
    name: 'competitors',
    rowName: 'competitorRow',
    fields: COMPETITOR_FIELDS,
    i18n: 'competitors',
  },
} as const;

export type TableBlock = (typeof TABLE_BLOCKS)[keyof typeof TABLE_BLOCKS];
