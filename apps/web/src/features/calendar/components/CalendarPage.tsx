import { NETWORK_IDS } from '@chorus/post-model';
import '@mantine/core/styles/Grid.css';
import '@mantine/core/styles/SegmentedControl.css';
import '@mantine/core/styles/Tooltip.css';
import './calendar.css';
import { Alert, Button, CloseButton, Grid, Group, Stack, Text } from '@mantine/core';
import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { FormAlert, Page, PageLoader } from '../../../ui';
import { useBrand } from '../../brands';
import { documentPath } from '../../documents';
import { slotEvents, type PostingSlot } from '../best-times';
import type { ColorBy } from '../calendar-colors';
import {
  isOutsideFlight,
  postsToEvents,
  zonedWallClock,
  type CalendarPost,
} from '../calendar-events';
import { firstDayOfWeek } from '../calendar-locale';
import {
  assigneesOf,
  filterFromSearch,
  filterPosts,
  filterToSearch,
  mediaPlanIdsOf,
  type CalendarFilter,
} from '../calendar-filter';
import { useCalendarLive } from '../hooks/use-calendar-live';
import {
  useCalendarOptions,
  useCalendarPosts,
  useCreatePost,
  useMediaPlans,
  useMovePost,
  type CalendarRange,
} from '../hooks/use-calendar';
import { useCalendarNotices } from '../hooks/use-calendar-notices';
import { calendarDataArrived, calendarRendered } from '../render-timing';
import { BestTimesPanel } from './BestTimesPanel';
import { CalendarFilters, STATUSES } from './CalendarFilters';
import { CalendarLegend } from './CalendarLegend';
import { ContentMixPanel } from './ContentMixPanel';
import { CALENDAR_VIEWS, CalendarView, type CalendarViewName } from './CalendarView';
import { QuickCreateModal, type QuickCreateInput } from './QuickCreateModal';

// "Share" (a link to the range for a client) comes with the sharing feature's chunk.
const ShareCalendarButton = lazy(() =>
  import('../../sharing').then((module) => ({ default: module.ShareCalendarButton })),
);

/** The networks an address may filter by, as the API spells them (`INSTAGRAM`). */
const NETWORK_VALUES: readonly string[] = NETWORK_IDS.map((id) => id.toUpperCase());

/**
 * The content calendar of a brand: month, week and list views on the brand's clock, filters,
 * colour by category or status, drag to move, click an empty slot to plan a post, and other
 * people's moves arriving live.
 */
export function CalendarPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const brand = useBrand();
  const { workspaceId = '' } = useParams();
  const navigate = useNavigate();
  const [search, setSearch] = useSearchParams();
  const [range, setRange] = useState<CalendarRange | null>(null);
  const { calendar, error } = useCalendarPosts(brand.id, range);
  const options = useCalendarOptions(brand.id);
  const timeZone = calendar?.timeZone ?? options.timeZone ?? 'UTC';
  const canEdit = calendar?.canEdit ?? false;
  const posts = useMemo(() => calendar?.posts ?? [], [calendar]);
  const { plans, flights } = useMediaPlans(useMemo(() => mediaPlanIdsOf(posts), [posts]));
  const notices = useCalendarNotices();
  const move = useMovePost();
  const { create, creating } = useCreatePost();
  const [creatingAt, setCreatingAt] = useState<string | null>(null);
  const [createProblem, setCreateProblem] = useState<string | null>(null);
  const [bestSlots, setBestSlots] = useState<readonly PostingSlot[]>([]);

  useCalendarLive(brand.id);

  const firstDay = useMemo(
    () => firstDayOfWeek(language, typeof navigator === 'undefined' ? [] : navigator.languages),
    [language],
  );
  const filter = useMemo(
    () => filterFromSearch(search, { networks: NETWORK_VALUES, statuses: STATUSES }),
    [search],
  );
  // The address may say where to open (`?view=timeGridWeek&date=2027-03-01`); read once.
  const [initialView] = useState<CalendarViewName>(
    () => CALENDAR_VIEWS.find((view) => view === search.get('view')) ?? 'dayGridMonth',
  );
  const [initialDate] = useState(() => {
    const date = search.get('date') ?? '';
    return /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined;
  });
  const colorBy: ColorBy = search.get('color') === 'status' ? 'status' : 'category';
  const setFilter = useCallback(
    (next: CalendarFilter) => setSearch((current) => filterToSearch(next, current)),
    [setSearch],
  );
  const setColorBy = useCallback(
    (next: ColorBy) =>
      setSearch((current) => {
        const params = new URLSearchParams(current);
        if (next === 'status') params.set('color', 'status');
        else params.delete('color');
        return params;
      }),
    [setSearch],
  );

  const events = useMemo(
    () => [
      ...postsToEvents(filterPosts(posts, filter), { colorBy, flights, canEdit }),
      ...slotEvents(bestSlots),
    ],
    [posts, filter, colorBy, flights, canEdit, bestSlots],
  );

  // Render time in the browser: from the render that first sees an answer to its events on
  // screen (a measurement only, so it may run during render).
  useMemo(() => calendar && calendarDataArrived(calendar), [calendar]);

  const onMove = useCallback(
    async (post: CalendarPost, publishAt: string): Promise<boolean> => {
      const result = await move(post.id, publishAt);
      if (!result.ok) {
        notices.refused(post.title, result.code);
        return false;
      }
      notices.moved(post.title, result.adjustment);
      const flight = post.mediaPlanId ? flights.get(post.mediaPlanId) : undefined;
      const day = (result.adjustment?.resolved ?? publishAt).slice(0, 10);
      if (flight && isOutsideFlight(day, flight)) notices.outsideFlight(post.title, flight);
      return true;
    },
    [move, notices, flights],
  );

  const onOpen = useCallback(
    (post: CalendarPost) => void navigate(documentPath(workspaceId, brand.id, post.id)),
    [navigate, workspaceId, brand.id],
  );

  const onCreateAt = useCallback((publishAt: string) => {
    setCreateProblem(null);
    setCreatingAt(publishAt);
  }, []);

  const onCreate = async (input: QuickCreateInput, open: boolean) => {
    const result = await create({
      brandId: brand.id,
      title: input.title,
      post: {
        publishAt: input.publishAt,
        networks: input.networks,
        categoryId: input.categoryId,
      },
    });
    if (!result.ok) {
      setCreateProblem(notices.refusalText(result.code));
      return result;
    }
    setCreatingAt(null);
    notices.created(input.title, result.adjustment);
    if (open) void navigate(documentPath(workspaceId, brand.id, result.postId));
    return result;
  };

  const choices = useMemo(
    () => ({
      networks: options.networks,
      categories: options.categories,
      goals: options.goals,
      rows: plans.flatMap((plan) =>
        plan.rows.map((row) => ({
          id: row.id,
          label: [row.channel, row.activity].filter(Boolean).join(' · ') || row.id,
        })),
      ),
      assignees: assigneesOf(posts, language),
    }),
    [options, plans, posts, language],
  );

  return (
    <Page title={t('calendar.title')}>
      <Group justify="space-between" gap="sm">
        <Text size="sm" c="gray.7" data-testid="calendar-time-zone">
          {t('calendar.timeZoneNote', { timeZone })}
        </Text>
        <Group gap="sm">
          {range && (
            <Suspense fallback={null}>
              <ShareCalendarButton
                brandId={brand.id}
                actions={brand.myActions}
                from={range.from}
                to={range.to}
                networks={filter.networks}
                categoryIds={filter.categoryIds}
                title={t('calendar.title')}
              />
            </Suspense>
          )}
          {canEdit && (
            <Button size="sm" onClick={() => onCreateAt(defaultCreateTime(timeZone))}>
              {t('calendar.create.button')}
            </Button>
          )}
        </Group>
      </Group>
      <CalendarFilters
        filter={filter}
        choices={choices}
        colorBy={colorBy}
        onFilter={setFilter}
        onColorBy={setColorBy}
      />
      {error && !calendar && <FormAlert message={t('calendar.loadFailed')} />}
      {calendar?.truncated && <Alert color="yellow">{t('calendar.truncated')}</Alert>}
      <Stack gap="xs" aria-live="polite">
        {notices.items.map((notice) => (
          <Alert
            key={notice.id}
            color={
              notice.tone === 'error' ? 'red.9' : notice.tone === 'warning' ? 'yellow' : 'blue'
            }
            variant="light"
            role={notice.tone === 'error' ? 'alert' : 'status'}
            data-testid={`calendar-notice-${notice.tone}`}
          >
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Text size="sm">{notice.text}</Text>
              <CloseButton
                size="sm"
                aria-label={t('common.close')}
                onClick={() => notices.dismiss(notice.id)}
              />
            </Group>
          </Alert>
        ))}
      </Stack>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 9 }}>
          {range === null && !calendar && <PageLoader label={t('app.loading')} />}
          <CalendarView
            events={events}
            initialView={initialView}
            initialDate={initialDate}
            firstDay={firstDay}
            timeZone={timeZone}
            canEdit={canEdit}
            onRange={setRange}
            onMove={onMove}
            onCreateAt={onCreateAt}
            onOpen={onOpen}
            onRendered={calendarRendered}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 3 }} component="aside" aria-label={t('calendar.aside')}>
          <Stack gap="md">
            {range && (
              <ContentMixPanel
                brandId={brand.id}
                from={range.from}
                to={range.to}
                weekStartsOn={firstDay === 0 ? 7 : firstDay}
              />
            )}
            <CalendarLegend colorBy={colorBy} categories={options.categories} />
            <BestTimesPanel brandId={brand.id} actions={brand.myActions} onSlots={setBestSlots} />
          </Stack>
        </Grid.Col>
      </Grid>
      <QuickCreateModal
        publishAt={creatingAt}
        timeZone={timeZone}
        networks={options.networks}
        categories={options.categories}
        creating={creating}
        problem={createProblem}
        onClose={() => setCreatingAt(null)}
        onCreate={onCreate}
      />
    </Page>
  );
}

/** Tomorrow at 09:00 on the brand's clock: where the "New post" button starts. */
function defaultCreateTime(timeZone: string): string {
  const tomorrow = new Date(Date.now() + 24 * 3600 * 1000);
  return `${zonedWallClock(tomorrow, timeZone).slice(0, 10)}T09:00`;
}
