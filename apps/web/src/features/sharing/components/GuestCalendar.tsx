import {
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  Stack,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { readProblem, useProblemMessage } from '../../../errors';
import type { GuestSessionFieldsFragment } from '../../../gql/graphql';
import { FormAlert, PageLoader } from '../../../ui';
import { isGoneProblem } from '../guest-state';
import { useGuestCalendarPosts } from '../hooks/use-guest';
import { useShareText } from '../share-text';
import { GuestDocument } from './GuestDocument';

/**
 * A shared calendar range, read-only: the posts by day on the brand's clock; each opens as
 * the shared document page does (live, read-only).
 */
export function GuestCalendar({
  session,
  onGone,
}: {
  session: GuestSessionFieldsFragment;
  onGone: () => void;
}) {
  const { t, i18n } = useTranslation();
  const message = useProblemMessage();
  const text = useShareText();
  const [search, setSearch] = useSearchParams();
  const open = search.get('post');
  const range =
    session.calendarFrom && session.calendarTo
      ? {
          brandId: session.brandId,
          from: session.calendarFrom,
          to: session.calendarTo,
          filter:
            session.networks?.length || session.categoryIds?.length
              ? {
                  networks: session.networks?.length ? session.networks : null,
                  categoryIds: session.categoryIds?.length ? session.categoryIds : null,
                }
              : null,
        }
      : null;
  const { data, previousData, error } = useGuestCalendarPosts(range);
  const code = error ? readProblem(error).code : null;
  useEffect(() => {
    if (code && isGoneProblem(code)) onGone();
  }, [code, onGone]);
  const calendar = (data ?? previousData)?.calendarPosts;
  const locale = i18n.resolvedLanguage ?? 'en';
  const days = useMemo(() => {
    const byDay = new Map<string, NonNullable<typeof calendar>['posts']>();
    for (const post of calendar?.posts ?? []) {
      const day = String(post.publishAtLocal ?? '').slice(0, 10) || '';
      byDay.set(day, [...(byDay.get(day) ?? []), post]);
    }
    return [...byDay.entries()];
  }, [calendar]);
  const dayFormat = useMemo(
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }),
    [locale],
  );
  const timeFormat = useMemo(
    () => new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: 'UTC' }),
    [locale],
  );

  if (open) {
    return (
      <Stack gap="md">
        <Group>
          <Button
            variant="default"
            size="sm"
            onClick={() =>
              setSearch((current) => {
                const next = new URLSearchParams(current);
                next.delete('post');
                return next;
              })
            }
          >
            {t('sharing.calendar.back')}
          </Button>
        </Group>
        <GuestDocument
          key={open}
          documentId={open}
          session={session}
          smtpConfigured={false}
          onGone={onGone}
        />
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      {range && (
        <Text>
          {t('sharing.calendar.range', {
            range: text.range(range.from, range.to),
            zone: session.brandTimeZone,
          })}
        </Text>
      )}
      {error && !isGoneProblem(code ?? '') && <FormAlert message={message(readProblem(error))} />}
      {!calendar ? (
        !error && <PageLoader label={t('app.loading')} />
      ) : days.length === 0 ? (
        <Text>{t('sharing.calendar.none')}</Text>
      ) : (
        <Stack gap="md" data-testid="guest-calendar">
          {days.map(([day, posts]) => (
            <Paper key={day || 'unscheduled'} withBorder p="md" component="section">
              <Title order={2} size="h5" mb="xs">
                {day
                  ? dayFormat.format(new Date(`${day}T00:00:00Z`))
                  : t('sharing.calendar.unscheduled')}
              </Title>
              <Stack gap={6} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
                {posts.map((post) => (
                  <li key={post.id}>
                    <UnstyledButton
                      onClick={() =>
                        setSearch((current) => {
                          const next = new URLSearchParams(current);
                          next.set('post', post.id);
                          return next;
                        })
                      }
                    >
                      <Group gap="xs" wrap="nowrap">
                        {post.publishAtLocal && (
                          <Text size="sm" c="gray.7" miw={56}>
                            {timeFormat.format(
                              new Date(`${String(post.publishAtLocal).slice(0, 16)}:00Z`),
                            )}
                          </Text>
                        )}
                        <Anchor component="span" dir="auto">
                          {post.title}
                        </Anchor>
                        {post.networks.map((network) => (
                          <Badge key={network} size="xs" variant="outline" color="gray.7">
                            {network.toLowerCase()}
                          </Badge>
                        ))}
                      </Group>
                    </UnstyledButton>
                  </li>
                ))}
              </Stack>
            </Paper>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
