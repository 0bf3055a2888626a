import type { ToneGuide } from '@chorus/tone-check';
import { Anchor, Badge, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ToneImpactFieldsFragment } from '../../../gql/graphql';
import { readProblem, useProblemMessage } from '../../../errors';
import { useFormatters } from '../../../i18n';
import { FormAlert, PageLoader } from '../../../ui';
import { emptyGuide } from '../guideline-draft';
import { toneProblemOf } from '../hooks/tone-problem';
import { parseGuide, useToneGuidelineQuery, useUpdateToneGuideline } from '../hooks/use-tone';
import { GuidelineForm, type GuideProblem } from './guideline/GuidelineForm';
import { GuidelineHistory } from './GuidelineHistory';
import { VERDICT_COLOR, verdictName } from './ToneSummary';

export interface ToneGuidelineSectionProps {
  workspaceId: string;
  brandId: string;
  /** The reader's actions on the brand: `toneOfVoice.read` shows it, `toneOfVoice.edit` edits. */
  actions: readonly string[];
}

/** A document's page in the app (the guideline-change report links to each). */
function documentLink(workspaceId: string, brandId: string, documentId: string): string {
  return `/w/${encodeURIComponent(workspaceId)}/b/${encodeURIComponent(brandId)}/d/${encodeURIComponent(documentId)}`;
}

/**
 * The brand's tone-of-voice guideline in its settings: the form (editable by the chief expert,
 * read by the rest of the team), the version in force, and after a save the scheduled and
 * in-review posts the new version fails.
 */
export function ToneGuidelineSection({ workspaceId, brandId, actions }: ToneGuidelineSectionProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const message = useProblemMessage();
  const { data, previousData, error } = useToneGuidelineQuery(brandId);
  const [update, updating] = useUpdateToneGuideline();
  const [serverProblem, setServerProblem] = useState<GuideProblem | null>(null);
  const [formError, setFormError] = useState<string | undefined>();
  const [nowFailing, setNowFailing] = useState<readonly ToneImpactFieldsFragment[] | null>(null);
  const editable = actions.includes('toneOfVoice.edit');
  const result = data ?? previousData;
  const guideline = result?.toneGuideline ?? null;
  const initial = useMemo<ToneGuide>(
    () => (guideline ? (parseGuide(guideline.guide) ?? emptyGuide()) : emptyGuide()),
    [guideline],
  );

  if (!actions.includes('toneOfVoice.read')) return null;

  const save = async (guide: ToneGuide) => {
    setServerProblem(null);
    setFormError(undefined);
    setNowFailing(null);
    try {
      const answer = await update({
        variables: {
          input: { brandId, baseVersion: guideline?.version ?? null, guide: JSON.stringify(guide) },
        },
        refetchQueries: ['ToneGuideline', 'ToneGuidelineVersions'],
        awaitRefetchQueries: true,
      });
      setNowFailing(answer.data?.updateToneGuideline.nowFailing ?? []);
    } catch (failure) {
      const problem = toneProblemOf(failure);
      if (problem?.code === 'TONE_RULE_INVALID') {
        setServerProblem({ field: problem.field, code: problem.rule });
      } else if (problem?.code === 'TONE_GUIDELINE_CONFLICT') {
        setFormError(t('tone.settings.conflict'));
      } else {
        setFormError(message(readProblem(failure)));
      }
    }
  };

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="brand-tone">
      <Stack gap="sm">
        <Title order={2} size="h3" id="brand-tone">
          {t('tone.settings.title')}
        </Title>
        <Text maw={720}>{t('tone.settings.description')}</Text>
        {!editable && <Text fw={600}>{t('tone.settings.readOnly')}</Text>}
        {!result ? (
          error ? (
            <FormAlert message={message(readProblem(error))} />
          ) : (
            <PageLoader label={t('app.loading')} />
          )
        ) : (
          <>
            <Text size="sm" data-testid="tone-guideline-version">
              {guideline
                ? guideline.updatedByName
                  ? t('tone.settings.version', {
                      version: guideline.version,
                      time: format.dateTime(guideline.updatedAt),
                      name: guideline.updatedByName,
                    })
                  : t('tone.settings.versionNoName', {
                      version: guideline.version,
                      time: format.dateTime(guideline.updatedAt),
                    })
                : t('tone.settings.none')}
            </Text>
            <GuidelineForm
              key={guideline?.version ?? 0}
              initial={initial}
              editable={editable}
              busy={updating.loading}
              onSubmit={(guide) => void save(guide)}
              serverProblem={serverProblem}
              formError={formError}
            />
            <GuidelineHistory brandId={brandId} current={guideline?.version ?? null} />
            {nowFailing && (
              <NowFailing
                items={nowFailing}
                link={(id) => documentLink(workspaceId, brandId, id)}
              />
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}

/** The guideline-change report: what the saved version fails, each with a link to it. */
function NowFailing({
  items,
  link,
}: {
  items: readonly ToneImpactFieldsFragment[];
  link: (documentId: string) => string;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" data-testid="tone-now-failing">
      <Text role="status" fw={600}>
        {t('tone.settings.saved')}
      </Text>
      <Title order={3} size="h4">
        {t('tone.settings.nowFailing')}
      </Title>
      {items.length === 0 ? (
        <Text size="sm">{t('tone.settings.nowFailingNone')}</Text>
      ) : (
        <List spacing="xs">
          {items.map((item) => (
            <List.Item key={item.documentId}>
              <Anchor component={Link} to={link(item.documentId)}>
                <bdi>{item.title}</bdi>
              </Anchor>{' '}
              <Badge size="xs" variant="outline" color={VERDICT_COLOR[verdictName(item.verdict)]}>
                {t(`tone.verdict.${verdictName(item.verdict)}`)}
              </Badge>{' '}
              <Text span size="sm">
                {item.state === 'scheduled' || item.state === 'in_review'
                  ? t(`tone.settings.state.${item.state}`)
                  : item.state}
                {' · '}
                {t('tone.settings.failingItem', {
                  score: item.score,
                  number: item.requiredViolations,
                })}
              </Text>
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
