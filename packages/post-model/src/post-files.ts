import { NETWORK_IDS, type NetworkId } from './networks.js';

/*
 * The fields of a posts file (CSV or XLSX export and import), shared by the server that
 * reads and writes the files and the web's mapping step.
 */

/** The formats a posts file comes in. */
export type PostFileFormat = 'csv' | 'xlsx';

/** The fields a column can be mapped to, in export order (publishTime only for split files). */
export const BASE_POST_FIELDS = [
  'title',
  'body',
  'networks',
  'publishAt',
  'publishTime',
  'format',
  'category',
  'promotional',
  'goal',
  'rowId',
  'assignee',
  'status',
  'firstComment',
] as const;

export type BasePostField = (typeof BASE_POST_FIELDS)[number];

/** A field a column can be mapped to. `text:<network>` is that network's own text. */
export type PostField = BasePostField | `text:${NetworkId}`;

/** Every field: the base ones, then each network's own text in the networks' order. */
export const POST_FIELDS: readonly PostField[] = [
  ...BASE_POST_FIELDS,
  ...NETWORK_IDS.map((network) => `text:${network}` as const),
];

export function isPostField(value: string): value is PostField {
  return (POST_FIELDS as readonly string[]).includes(value);
}

/** Which column holds which field: field → header name as written in the file. */
export type ColumnMapping = Partial<Record<PostField, string>>;

/** How a date written with slashes is read: 03/04/2027 is 3 April (dmy) or 4 March (mdy). */
export type DateOrder = 'dmy' | 'mdy';

export function isDateOrder(value: unknown): value is DateOrder {
  return value === 'dmy' || value === 'mdy';
}
