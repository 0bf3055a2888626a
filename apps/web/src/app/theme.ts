import { createTheme, type CSSVariablesResolver } from '@mantine/core';

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

/**
 * Mantine writes input descriptions, menu labels and other secondary text in its "dimmed"
 * grey (gray.6, 3.3:1 on white). Gray.7 keeps that text above 4.5:1.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)' },
  dark: {},
});
