import { Center, Loader, VisuallyHidden } from '@mantine/core';

/** Shown while a page's code or data loads; announced politely to screen readers. */
export function PageLoader({ label }: { label: string }) {
  return (
    <Center py="xl" role="status" aria-live="polite">
      {/* The spinner is decoration; the status says what is happening. */}
      <Loader aria-hidden />
      <VisuallyHidden>{label}</VisuallyHidden>
    </Center>
  );
}
