import {
  Alert,
  Anchor,
  Button,
  Group,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type en from '../../../i18n/locales/en.json';
import { readProblem, useProblemMessage } from '../../../errors';
import { useFormatters } from '../../../i18n';
import { FormAlert, NoAccess, Page, PageLoader } from '../../../ui';
import { useCan, useRoleLabels, useWorkspace } from '../../workspaces';
import {
  ACTIVITY_ACTIONS,
  POST_STATUS_VALUES,
  ROLE_VALUED_ACTIONS,
  STATUS_VALUED_ACTIONS,
  TIME_VALUED_ACTIONS,
} from '../activity-actions';
import {
  csvExportUrl,
  EMPTY_FILTER,
  toAuditFilter,
  type ActivityFilterForm,
} from '../activity-filter';
import { useActivityFilters, useAuditLog } from '../hooks/use-activity';

type ActionKey = keyof (typeof en)['activity']['actions'];

function actionLabelKey(action: string): `activity.actions.${ActionKey}` {
  return `activity.actions.${action.replaceAll('.', '_') as ActionKey}`;
}

function isPostStatus(value: string): value is (typeof POST_STATUS_VALUES)[number] {
  return (POST_STATUS_VALUES as readonly string[]).includes(value);
}

/**
 * The workspace's activity (audit log) for owners and admins (`audit.read`): who did what
 * and when, filtered by person, brand, action and dates, a page at a time, and as CSV.
 */
export function ActivityPage() {
  const { t } = useTranslation();
  const canRead = useCan('audit.read');
  return (
    <Page title={t('activity.title')}>
      {canRead ? (
        <ActivityLog />
      ) : (
        <NoAccess message={t('activity.noAccess')} hint={t('common.askAdmin')} />
      )}
    </Page>
  );
}

function ActivityLog() {
  const { t } = useTranslation();
  const format = useFormatters();
  const roles = useRoleLabels();
  // Role values (member → admin), post statuses and publish times are shown in the
  // reader's language; a publish time is the brand's local time, written without a zone.
  const valueText = (action: string, value: string | null) => {
    if (!value) return '—';
    if (ROLE_VALUED_ACTIONS.has(action)) return value.split(', ').map(roles.label).join(', ');
    if (STATUS_VALUED_ACTIONS.has(action) && isPostStatus(value)) {
      return t(`activity.postStatus.${value}`);
    }
    if (TIME_VALUED_ACTIONS.has(action) && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) {
      return format.dateTime(value);
    }
    return value;
  };
  const message = useProblemMessage();
  const workspace = useWorkspace();
  const [form, setForm] = useState<ActivityFilterForm>(EMPTY_FILTER);
  const filter = toAuditFilter(form);
  const { entries, hasMore, loading, error, loadMore } = useAuditLog(workspace.id, filter);
  const { people, brands, parkedJobs } = useActivityFilters(workspace.id);
  const set = (key: keyof ActivityFilterForm) => (value: string) =>
    setForm((current) => ({ ...current, [key]: value }));

  return (
    <Stack gap="md">
      <Text c="dimmed">{t('activity.intro')}</Text>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <NativeSelect
          label={t('activity.person')}
          value={form.actorId}
          onChange={(event) => set('actorId')(event.currentTarget.value)}
          data={[
            { value: '', label: t('activity.anyone') },
            ...people.map((person) => ({ value: person.id, label: person.displayName })),
          ]}
        />
        <NativeSelect
          label={t('activity.brand')}
          value={form.brandId}
          onChange={(event) => set('brandId')(event.currentTarget.value)}
          data={[
            { value: '', label: t('activity.anyBrand') },
            ...brands.map((brand) => ({ value: brand.id, label: brand.name })),
          ]}
        />
        <NativeSelect
          label={t('activity.action')}
          value={form.action}
          onChange={(event) => set('action')(event.currentTarget.value)}
          data={[
            { value: '', label: t('activity.anyAction') },
            ...ACTIVITY_ACTIONS.map((action) => ({
              value: action,
              label: t(actionLabelKey(action)),
            })),
          ]}
        />
        <TextInput
          type="date"
          label={t('activity.fromDate')}
          value={form.from}
          onChange={(event) => set('from')(event.currentTarget.value)}
        />
        <TextInput
          type="date"
          label={t('activity.toDate')}
          value={form.to}
          onChange={(event) => set('to')(event.currentTarget.value)}
        />
        <Button variant="default" onClick={() => setForm(EMPTY_FILTER)}>
          {t('activity.clear')}
        </Button>
        <Anchor href={csvExportUrl(workspace.id, filter)} download>
          {t('activity.exportCsv')}
        </Anchor>
      </Group>

      {error ? <FormAlert message={message(readProblem(error))} /> : null}
      {loading && entries.length === 0 ? <PageLoader label={t('app.loading')} /> : null}
      {!loading && !error && entries.length === 0 ? <Text>{t('activity.empty')}</Text> : null}

      {entries.length > 0 ? (
        <Table.ScrollContainer minWidth={720}>
          <Table striped aria-label={t('activity.table')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('activity.when')}</Table.Th>
                <Table.Th>{t('activity.who')}</Table.Th>
                <Table.Th>{t('activity.what')}</Table.Th>
                <Table.Th>{t('activity.subject')}</Table.Th>
                <Table.Th>{t('activity.brand')}</Table.Th>
                <Table.Th>{t('activity.document')}</Table.Th>
                <Table.Th>{t('activity.change')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((entry) => (
                <Table.Tr key={entry.id} data-action={entry.action}>
                  <Table.Td>
                    <time dateTime={String(entry.occurredAt)}>
                      {format.dateTime(entry.occurredAt)}
                    </time>
                  </Table.Td>
                  <Table.Td>{entry.actorName ?? t('activity.system')}</Table.Td>
                  <Table.Td>{t(actionLabelKey(entry.action))}</Table.Td>
                  <Table.Td>{entry.subjectName ?? ''}</Table.Td>
                  <Table.Td>{entry.brandName ?? ''}</Table.Td>
                  <Table.Td>{entry.documentTitle ?? ''}</Table.Td>
                  <Table.Td>
                    {entry.before || entry.after ? (
                      <bdi>
                        {valueText(entry.action, entry.before)} →{' '}
                        {valueText(entry.action, entry.after)}
                      </bdi>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      {hasMore ? (
        <div>
          <Button variant="default" loading={loading} onClick={() => void loadMore()}>
            {t('activity.loadMore')}
          </Button>
        </div>
      ) : null}

      {parkedJobs.length > 0 ? (
        <Alert color="red" title={t('activity.parkedTitle')}>
          <Stack gap={4}>
            <Text size="sm">{t('activity.parkedHint')}</Text>
            {parkedJobs.map((job) => (
              <Text size="sm" key={job.jobId}>
                {format.dateTime(job.failedAt)} · {job.processor} ·{' '}
                {t(actionLabelKey(job.eventType))} ·{' '}
                {t('activity.parkedAttempts', { count: job.attempts })} · <bdi>{job.error}</bdi>
              </Text>
            ))}
          </Stack>
        </Alert>
      ) : null}
    </Stack>
  );
}
