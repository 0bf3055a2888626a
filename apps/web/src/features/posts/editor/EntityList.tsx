import { distinctValues, findEntities } from '@chorus/post-model';
import { Badge, Group, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** The hashtags and mentions recognised in a text, each once. */
export function EntityList({ text }: { text: string }) {
  const { t } = useTranslation();
  const { hashtags, mentions } = useMemo(() => {
    const entities = findEntities(text);
    return {
      hashtags: distinctValues(entities.filter((entity) => entity.kind === 'hashtag')),
      mentions: distinctValues(entities.filter((entity) => entity.kind === 'mention')),
    };
  }, [text]);
  return (
    <Stack gap={4}>
      <EntityRow
        title={t('posts.editor.hashtags')}
        empty={t('posts.editor.noHashtags')}
        values={hashtags}
        sign="#"
        testId="post-hashtags"
      />
      <EntityRow
        title={t('posts.editor.mentions')}
        empty={t('posts.editor.noMentions')}
        values={mentions}
        sign="@"
        testId="post-mentions"
      />
    </Stack>
  );
}

function EntityRow({
  title,
  empty,
  values,
  sign,
  testId,
}: {
  title: string;
  empty: string;
  values: readonly string[];
  sign: string;
  testId: string;
}) {
  return (
    <Group gap="xs" align="center" data-testid={testId}>
      <Text size="sm" fw={600} component="h3" m={0}>
        {title}
      </Text>
      {values.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <Group component="ul" gap={4} m={0} p={0} style={{ listStyle: 'none' }}>
          {values.map((value) => (
            <li key={value}>
              {/* The tag's own direction: a Persian tag reads right to left in any interface. */}
              <Badge variant="light" tt="none" dir="auto">
                {sign}
                {value}
              </Badge>
            </li>
          ))}
        </Group>
      )}
    </Group>
  );
}
