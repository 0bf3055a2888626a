import { Box, Group, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../collaboration';

/** The other people on the document, each with the colour the server gave them. */
export function PresenceList({ people, live }: { people: Person[]; live: boolean }) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <Box component="section" aria-labelledby={titleId}>
      <Title order={2} size="h5" id={titleId} mb={6}>
        {t('documents.presenceTitle')}
      </Title>
      {!live ? (
        // Presence comes from the server: without a connection nobody can be known.
        <Text size="sm">{t('documents.presenceUnknown')}</Text>
      ) : people.length === 0 ? (
        <Text size="sm">{t('documents.presenceAlone')}</Text>
      ) : (
        <Group
          component="ul"
          gap="xs"
          m={0}
          p={0}
          style={{ listStyle: 'none' }}
          data-testid="presence-list"
        >
          {people.map((person) => (
            <Group
              component="li"
              key={person.id}
              gap={6}
              wrap="nowrap"
              px="xs"
              py={2}
              style={{
                border: `2px solid ${person.color}`,
                borderRadius: 'var(--mantine-radius-xl)',
              }}
            >
              <Box
                aria-hidden
                w={10}
                h={10}
                style={{ borderRadius: '50%', background: person.color, flexShrink: 0 }}
              />
              <Text size="sm">
                <bdi>{person.name}</bdi>
              </Text>
            </Group>
          ))}
        </Group>
      )}
    </Box>
  );
}
