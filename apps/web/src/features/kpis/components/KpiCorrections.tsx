import {
  Alert,
  Anchor,
  Button,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { readProblem, useProblemMessage } from '../../../errors';
import { useFormatters } from '../../../i18n/use-formatters';
import { PageLoader } from '../../../ui';
import { useKpis } from '../hooks/use-kpis';
import { useAddKpiNote, useKpiNotes, useKpiStrategies } from '../hooks/use-kpi-notes';

export interface KpiCorrectionsProps {
  brandId: string;
  /** metrics.edit: may add corrections (everyone on the brand reads them). */
  canEdit: boolean;
}

const BODY_MAX = 2000;
const SECTION_MAX = 200;

/**
 * Corrections: what the results say should change in the strategy, each on a KPI (or one
 * of its months) and linked to the strategy section it changes, where it is listed too.
 */
export function KpiCorrections({ brandId, canEdit }: KpiCorrectionsProps) {
  const { t } = useTranslation();
  const message = useProblemMessage();
  const { workspaceId = '' } = useParams();
  const format = useFormatters();
  const { data, error } = useKpiNotes(brandId);
  const strategies = useKpiStrategies(brandId).data?.documents ?? [];
  const titles = new Map(strategies.map((strategy) => [strategy.id, strategy.title]));
  const notes = data?.kpiNotes;

  return (
    <Stack gap="md" data-testid="kpi-corrections">
      <Text size="sm" c="gray.7">
        {t('kpis.corrections.intro')}
      </Text>
      {canEdit && <AddCorrection brandId={brandId} strategies={strategies} />}
      {error && !notes && <Alert color="red">{message(readProblem(error))}</Alert>}
      {!notes && !error && <PageLoader label={t('app.loading')} />}
      {notes && notes.length === 0 && <Text c="gray.7">{t('kpis.corrections.none')}</Text>}
      {notes?.map((note) => (
        <Paper key={note.id} withBorder p="sm" component="article">
          <Text size="sm" fw={600}>
            {note.periodKey ? `${note.kpiName} · ${note.periodKey}` : note.kpiName}
          </Text>
          <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
            {note.body}
          </Text>
          {note.strategyDocumentId && (
            <Anchor
              component={Link}
              size="sm"
              to={`/w/${encodeURIComponent(workspaceId)}/b/${encodeURIComponent(brandId)}/d/${encodeURIComponent(note.strategyDocumentId)}`}
            >
              {note.strategySection
                ? t('kpis.corrections.linked', {
                    strategy: titles.get(note.strategyDocumentId) ?? t('kpis.corrections.strategy'),
                    section: note.strategySection,
                  })
                : (titles.get(note.strategyDocumentId) ?? t('kpis.corrections.strategy'))}
            </Anchor>
          )}
          <Text size="xs" c="gray.7">
            {t('kpis.corrections.by', {
              name: note.createdByName ?? '—',
              date: format.date(note.createdAt),
            })}
          </Text>
        </Paper>
      ))}
    </Stack>
  );
}

function AddCorrection({
  brandId,
  strategies,
}: {
  brandId: string;
  strategies: ReadonlyArray<{ id: string; title: string }>;
}) {
  const { t } = useTranslation();
  const message = useProblemMessage();
  const kpis = useKpis(brandId, false).data?.kpis ?? [];
  const [add, added] = useAddKpiNote();
  const [kpiId, setKpiId] = useState<string | null>(null);
  const [periodKey, setPeriodKey] = useState('');
  const [body, setBody] = useState('');
  const [strategyId, setStrategyId] = useState<string | null>(null);
  const [section, setSection] = useState('');
  const [done, setDone] = useState(false);

  const chooseKpi = (id: string | null) => {
    setKpiId(id);
    // A KPI from a SMART goal links to that goal's strategy unless another one is chosen.
    const from = kpis.find((kpi) => kpi.id === id)?.strategyDocumentId ?? null;
    if (from && !strategyId) setStrategyId(from);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!kpiId || !body.trim()) return;
    setDone(false);
    void add({
      variables: {
        input: {
          kpiId,
          periodKey: periodKey || null,
          body: body.trim(),
          strategyDocumentId: strategyId,
          strategySection: strategyId && section.trim() ? section.trim() : null,
        },
      },
    })
      .then(() => {
        setBody('');
        setSection('');
        setPeriodKey('');
        setDone(true);
      })
      .catch(() => undefined);
  };

  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} aria-labelledby="add-correction">
      <Stack gap="sm">
        <Title order={3} size="h5" id="add-correction">
          {t('kpis.corrections.add')}
        </Title>
        <Select
          label={t('kpis.corrections.kpi')}
          required
          searchable
          data={kpis.map((kpi) => ({ value: kpi.id, label: kpi.name }))}
          value={kpiId}
          onChange={chooseKpi}
        />
        <TextInput
          type="month"
          label={t('kpis.corrections.month')}
          value={periodKey}
          onChange={(event) => setPeriodKey(event.currentTarget.value)}
        />
        <Textarea
          label={t('kpis.corrections.body')}
          required
          autosize
          minRows={2}
          maxLength={BODY_MAX}
          value={body}
          onChange={(event) => setBody(event.currentTarget.value)}
        />
        <Select
          label={t('kpis.corrections.strategy')}
          placeholder={t('kpis.corrections.noStrategy')}
          clearable
          data={strategies.map((strategy) => ({ value: strategy.id, label: strategy.title }))}
          value={strategyId}
          onChange={setStrategyId}
        />
        <TextInput
          label={t('kpis.corrections.section')}
          description={t('kpis.corrections.sectionHint')}
          maxLength={SECTION_MAX}
          disabled={!strategyId}
          value={section}
          onChange={(event) => setSection(event.currentTarget.value)}
        />
        {added.error && <Alert color="red">{message(readProblem(added.error))}</Alert>}
        {done && (
          <Text size="sm" c="teal.9" role="status">
            {t('kpis.corrections.added')}
          </Text>
        )}
        <Button type="submit" loading={added.loading} disabled={!kpiId || !body.trim()}>
          {t('kpis.corrections.add')}
        </Button>
      </Stack>
    </Paper>
  );
}
