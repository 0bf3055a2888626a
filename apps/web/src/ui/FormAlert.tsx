import { Alert } from '@mantine/core';

/** A failed request's message, announced to screen readers as soon as it appears. */
export function FormAlert({ title, message }: { title?: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <Alert color="red.9" variant="outline" role="alert" title={title}>
      {message}
    </Alert>
  );
}
