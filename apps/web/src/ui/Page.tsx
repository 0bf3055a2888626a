import { Stack, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { ReactNode } from 'react';

/** A page: its one `<h1>` and the browser tab's title ("Title · Chorus"). */
export function Page({ title, children }: { title: string; children?: ReactNode }) {
  useDocumentTitle(`${title} · Chorus`);
  return (
    <Stack gap="lg">
      <Title order={1}>{title}</Title>
      {children}
    </Stack>
  );
}
