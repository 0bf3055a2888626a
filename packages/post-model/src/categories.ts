/**
 * The colours a content category can take: the names of the web app's palette (Mantine's
 * colours), so the server checks what the calendar can show.
 */
export const CATEGORY_COLORS = [
  'gray',
  'red',
  'pink',
  'grape',
  'violet',
  'indigo',
  'blue',
  'cyan',
  'teal',
  'green',
  'lime',
  'yellow',
  'orange',
] as const;

export type CategoryColor = (typeof CATEGORY_COLORS)[number];

export function isCategoryColor(value: string): value is CategoryColor {
  return (CATEGORY_COLORS as readonly string[]).includes(value);
}

/** The most categories one brand keeps (a rubric list, not tags). */
export const MAX_CONTENT_CATEGORIES = 40;
