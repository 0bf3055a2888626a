import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readProblem, useProblemMessage } from '../../../errors';
import { useFormatters } from '../../../i18n';
import { ConfirmDialog, FormAlert, useConfirmedAction } from '../../../ui';
import {
  useCreateCalendarFeed,
  useMyCalendarFeed,
  useRevokeCalendarFeed,
} from '../hooks/use-integrations';
import { SecretReveal } from './SecretReveal';

/** The reader's personal iCalendar feed of the brand: create, regenerate, revoke. */
export function CalendarFeedSection({ brandId }: { brandId: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const message = useProblemMessage();
  const { data, error } = useMyCalendarFeed(brandId);
  const [createFeed, creating] = useCreateCalendarFeed(brandId);
  const [revokeFeed] = useRevokeCalendarFeed(brandId);
  const [url, setUrl] = useState<string | null>(null);
  const [createError, setCreateError] = useState<string | undefined>();
  const feed = data?.myCalendarFeed ?? null;

  const create = async () => {
    setCreateError(undefined);
    try {
      const result = await createFeed({ variables: { brandId } });
      setUrl(result.data?.createCalendarFeed.url ?? null);
    } catch (cause) {
      setCreateError(message(readProblem(cause)));
    }
  };
  const regenerating = useConfirmedAction(create);
  const revoking = useConfirmedAction(() => revokeFeed({ variables: { brandId } }), {
    onDone: () => setUrl(null),
  });

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="calendar-feed">
      <Title order={3} size="h4" id="calendar-feed" mb="xs">
        {t('integrations.feed.title')}
      </Title>
      <Stack gap="sm" align="stretch">
        <Text maw={720}>{t('integrations.feed.description')}</Text>
        <FormAlert message={error ? message(readProblem(error)) : createError} />
        {url && (
          <SecretReveal
            label={t('integrations.feed.urlLabel')}
            value={url}
            hint={t('integrations.feed.urlHint')}
            testId="calendar-feed-url"
          />
        )}
        {feed ? (
          <>
            <Text>
              {t('integrations.feed.active', { date: format.dateTime(feed.createdAt) })}{' '}
              {feed.lastUsedAt
                ? t('integrations.feed.lastUsed', { date: format.dateTime(feed.lastUsedAt) })
                : t('integrations.feed.neverUsed')}
            </Text>
            <Group gap="sm">
              <Button variant="outline" onClick={() => regenerating.ask()}>
                {t('integrations.feed.regenerate')}
              </Button>
              <Button variant="outline" color="red.9" onClick={() => revoking.ask()}>
                {t('integrations.feed.revoke')}
              </Button>
            </Group>
          </>
        ) : (
          data && (
            <Group gap="sm">
              <Text>{t('integrations.feed.none')}</Text>
              <Button loading={creating.loading} onClick={() => void create()}>
                {t('integrations.feed.create')}
              </Button>
            </Group>
          )
        )}
      </Stack>
      <ConfirmDialog
        {...regenerating.dialog}
        title={t('integrations.feed.regenerateTitle')}
        confirmLabel={t('integrations.feed.regenerate')}
      >
        {t('integrations.feed.regenerateBody')}
      </ConfirmDialog>
      <ConfirmDialog
        {...revoking.dialog}
        title={t('integrations.feed.revokeTitle')}
        confirmLabel={t('integrations.feed.revoke')}
      >
        {t('integrations.feed.revokeBody')}
      </ConfirmDialog>
    </Paper>
  );
}
