import type { PostStatus } from '../../gql/graphql';

/** What an event's colour tells: its content category or its status. */
export type ColorBy = 'category' | 'status';

/** The palette name (Mantine colour) of each status. */
export const STATUS_PALETTE: Readonly<Record<PostStatus, string>> = {
  DRAFT: 'gray',
  READY: 'blue',
  IN_REVIEW: 'orange',
  APPROVED: 'teal',
  SCHEDULED: 'violet',
  PUBLISHED: 'green',
  ARCHIVED: 'dark',
};

/** The palette name of a post without a category. */
export const NO_CATEGORY_PALETTE = 'gray';

const PALETTE = new Set([
  'dark',
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
]);

export interface EventColors {
  palette: string;
  backgroundColor: string;
  borderColor: string;
  textColor: string;
}

/**
 * The palette name an event takes: its category's colour or its status's. An unknown name
 * (a colour this app does not have) falls back to gray rather than an invisible event.
 */
export function paletteOf(
  post: { status: PostStatus; category: { color: string } | null },
  colorBy: ColorBy,
): string {
  const name: string | undefined =
    colorBy === 'status' ? STATUS_PALETTE[post.status] : post.category?.color;
  return name !== undefined && PALETTE.has(name) ? name : NO_CATEGORY_PALETTE;
}

/**
 * Light fill and a strong edge of one palette colour, with black text: shade 9 text on
 * shade 1 falls under AA contrast for teal, orange and yellow; black passes on every fill.
 */
export function paletteColors(palette: string): Omit<EventColors, 'palette'> {
  return {
    backgroundColor: `var(--mantine-color-${palette}-1)`,
    borderColor: `var(--mantine-color-${palette}-6)`,
    textColor: 'var(--mantine-color-black)',
  };
}

export function eventColors(
  post: { status: PostStatus; category: { color: string } | null },
  colorBy: ColorBy,
): EventColors {
  const palette = paletteOf(post, colorBy);
  return { palette, ...paletteColors(palette) };
}
