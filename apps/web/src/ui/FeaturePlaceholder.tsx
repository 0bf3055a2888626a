import { Badge, Paper, Text } from '@mantine/core';
import { Page } from './Page';

export interface FeaturePlaceholderProps {
  title: string;
  description: string;
  badge: string;
  note: string;
}

/** Stands in for a feature that a later release builds: what it will do, and that it is coming. */
export function FeaturePlaceholder({ title, description, badge, note }: FeaturePlaceholderProps) {
  return (
    <Page title={title}>
      <Text size="lg">{description}</Text>
      <Paper withBorder p="lg">
        <Badge variant="outline" color="indigo.9" mb="sm">
          {badge}
        </Badge>
        <Text>{note}</Text>
      </Paper>
    </Page>
  );
}
