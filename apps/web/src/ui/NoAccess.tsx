import { Paper, Text } from '@mantine/core';

/** Says that the signed-in person may not use this page, and what to do about it. */
export function NoAccess({ message, hint }: { message: string; hint?: string }) {
  return (
    <Paper withBorder p="lg" data-testid="no-access">
      <Text fw={600}>{message}</Text>
      {hint && <Text mt="xs">{hint}</Text>}
    </Paper>
  );
}
