import { Center, Loader } from '@mantine/core';

/** Shown while a page's code or data loads; announced politely to screen readers. */
export function PageLoader({ label }: { label: string }) {
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Loader aria-label={label} />
    </Center>
  );
}
