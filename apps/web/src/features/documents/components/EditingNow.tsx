import { Box, Group, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n';

export interface EditingPerson {
  id: string;
  name: string;
  color: string;
}

/** How many faces show before "+N". */
const shown = 4;

/** "Ana Nguyen" → "AN"; one letter for a one-word name. */
export function initialsOf(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => Array.from(word)[0] ?? '')
    .join('')
    .toLocaleUpperCase();
}

/**
 * Who has a document open now: a ring in each person's presence colour around their
 * initials (dark text on the page background, so it reads whatever the colour), with the
 * names for screen readers and on hover.
 */
export function EditingNow({ people }: { people: readonly EditingPerson[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (people.length === 0)
    return <VisuallyHidden>{t('documents.list.nobodyEditing')}</VisuallyHidden>;
  const hidden = people.length - shown;
  return (
    <Group gap={4} wrap="nowrap" data-testid="editing-now">
      <Group component="ul" gap={4} wrap="nowrap" m={0} p={0} style={{ listStyle: 'none' }}>
        {people.map((person, index) => (
          <li key={person.id} title={person.name}>
            {index < shown && (
              <Box
                aria-hidden
                w={28}
                h={28}
                fz="xs"
                fw={700}
                style={{
                  display: 'flex',
                  alignItems: 'center',
                  justifyContent: 'center',
                  border: `2px solid ${person.color}`,
                  borderRadius: '50%',
                  background: 'var(--mantine-color-body)',
                }}
              >
                {initialsOf(person.name)}
              </Box>
            )}
            <VisuallyHidden>
              <bdi>{person.name}</bdi>
            </VisuallyHidden>
          </li>
        ))}
      </Group>
      {hidden > 0 && (
        <Box aria-hidden fz="xs" fw={700}>
          +{format.number(hidden)}
        </Box>
      )}
    </Group>
  );
}
