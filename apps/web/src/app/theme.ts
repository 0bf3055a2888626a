import { createTheme } from '@mantine/core';

/**
 * The Chorus theme. Shade 8 of the primary colour keeps white button text and link text
 * above the WCAG AA contrast ratio (4.5:1); Mantine's default shade 6 does not.
 */
export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: 8,
  defaultRadius: 'md',
  headings: { fontWeight: '700' },
});
