import { Button, type ButtonProps } from '@mantine/core';
import type { ComponentPropsWithoutRef } from 'react';

/**
 * The small text button for destructive row actions (remove, revoke, archive). Its red is
 * darkened (red.9) so the text keeps enough contrast for the accessibility scan.
 */
export function DangerButton(props: ButtonProps & ComponentPropsWithoutRef<'button'>) {
  return <Button variant="subtle" color="red" c="red.9" size="compact-sm" {...props} />;
}
