/**
 * Colours for status badges with white text. Mantine's green.9 and orange.9 fall just under
 * the WCAG AA contrast ratio (4.5:1) with white at badge size; these are darker and pass.
 */
export const statusColors = {
  positive: '#1f6f33',
  warning: '#9c3d0a',
} as const;
