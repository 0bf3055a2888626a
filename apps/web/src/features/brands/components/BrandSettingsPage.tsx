import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { BrandSettingsQuery as BrandSettingsResult } from '../../../gql/graphql';
import { readProblem, useFormProblem, useProblemMessage } from '../../../errors';
import { useFormatters } from '../../../i18n';
import { ConfirmDialog, FormAlert, Page, PageLoader, useConfirmedAction } from '../../../ui';
import { PostExportButton, PostImportButton } from '../../post-import';
import { ApprovalFlowsSection } from '../../approval-flows';
import { BrandIntegrations } from '../../integrations';
import { networkLabel } from '../brand-options';
import { brandSettingsSections } from '../settings-sections';
import {
  useArchiveBrand,
  useBrandSettings,
  useRestoreBrand,
  useSetBrandTeams,
  useUpdateBrand,
  useWorkspaceTeamOptions,
} from '../hooks/use-brands';
import { BrandForm, type BrandFormValues } from './BrandForm';
import { BrandPublishingSettings } from './BrandPublishingSettings';

type Brand = BrandSettingsResult['brand'];

// The guideline form brings the tone checker's validator: its own chunk, loaded with the page.
const ToneGuidelineSection = lazy(() =>
  import('../../tone').then((module) => ({ default: module.ToneGuidelineSection })),
);

/** A brand's settings: editable with `brand.update` (owners, admins), read-only otherwise. */
export function BrandSettingsPage() {
  const { t } = useTranslation();
  const message = useProblemMessage();
  const { workspaceId = '', brandId = '' } = useParams();
  const { data, error } = useBrandSettings(brandId);
  const brand = data?.brand;

  return (
    <Page title={t('settings.title')}>
      {!brand ? (
        error ? (
          <FormAlert message={message(readProblem(error))} />
        ) : (
          <PageLoader label={t('app.loading')} />
        )
      ) : brand.myActions.includes('brand.update') ? (
        <>
          <PostFilesSection brand={brand} />
          <Text maw={720}>{t('settings.description')}</Text>
          <EditBrand brand={brand} />
          <BrandPublishingSettings brandId={brand.id} />
          <ArchiveSection brand={brand} />
        </>
      ) : (
        <>
          <PostFilesSection brand={brand} />
          <Text fw={600}>{t('settings.readOnly')}</Text>
          <BrandDetails brand={brand} />
        </>
      )}
      {brand && <ApprovalFlowsSection brandId={brand.id} actions={brand.myActions} />}
      {brand && (
        <Suspense fallback={<PageLoader label={t('app.loading')} />}>
          <ToneGuidelineSection
            workspaceId={workspaceId}
            brandId={brand.id}
            actions={brand.myActions}
          />
        </Suspense>
      )}
      {brand && <BrandIntegrations brandId={brand.id} actions={brand.myActions} />}
      {brand &&
        brandSettingsSections().map(({ name, Section }) => (
          <Section
            key={name}
            workspaceId={workspaceId}
            brandId={brand.id}
            actions={brand.myActions}
          />
        ))}
    </Page>
  );
}

function sameSet(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((item) => b.includes(item));
}

function EditBrand({ brand }: { brand: Brand }) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState(false);
  const { data: teamData } = useWorkspaceTeamOptions(brand.workspaceId);
  const [updateBrand, update] = useUpdateBrand();
  const [setBrandTeams, teams] = useSetBrandTeams();
  const problem = useFormProblem([
    'name',
    'description',
    'communityConcept',
    'networks',
    'contentLanguages',
    'timeZone',
    'teamIds',
  ]);

  const save = async (values: BrandFormValues) => {
    problem.clear();
    setSaved(false);
    const { teamIds, ...settings } = values;
    try {
      await updateBrand({ variables: { input: { brandId: brand.id, ...settings } } });
      if (
        !sameSet(
          teamIds,
          brand.teams.map((team) => team.id),
        )
      ) {
        await setBrandTeams({ variables: { input: { brandId: brand.id, teamIds } } });
      }
      setSaved(true);
    } catch (error) {
      problem.fail(error);
    }
  };

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="brand-settings-form">
      <Title order={2} size="h3" id="brand-settings-form" mb="md">
        {t('settings.details')}
      </Title>
      <BrandForm
        initial={{
          name: brand.name,
          description: brand.description,
          communityConcept: brand.communityConcept,
          networks: brand.networks,
          contentLanguages: brand.contentLanguages,
          timeZone: brand.timeZone,
          teamIds: brand.teams.map((team) => team.id),
        }}
        teams={teamData?.workspace.teams ?? brand.teams}
        submitLabel={t('common.save')}
        busy={update.loading || teams.loading}
        fieldError={problem.fieldError}
        formError={problem.formError}
        status={
          saved ? (
            <Text role="status" fw={600}>
              {t('common.saved')}
            </Text>
          ) : undefined
        }
        onSubmit={(values) => void save(values)}
      />
    </Paper>
  );
}

function ArchiveSection({ brand }: { brand: Brand }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [archive] = useArchiveBrand();
  const [restore] = useRestoreBrand();
  const archiving = useConfirmedAction(() => archive({ variables: { brandId: brand.id } }));
  // Restoring undoes archiving, so it runs without asking; its problem shows below.
  const restoring = useConfirmedAction(() => restore({ variables: { brandId: brand.id } }));

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="brand-archive">
      <Title order={2} size="h3" id="brand-archive" mb="sm">
        {t('settings.archiveTitle')}
      </Title>
      {brand.archivedAt ? (
        <Stack gap="sm" align="flex-start">
          <Text>{t('settings.archivedOn', { date: format.date(brand.archivedAt) })}</Text>
          <Button variant="outline" loading={restoring.busy} onClick={() => restoring.run()}>
            {t('settings.restore')}
          </Button>
        </Stack>
      ) : (
        <Stack gap="sm" align="flex-start">
          <Text>{t('settings.archiveBody')}</Text>
          <Button variant="outline" color="red.9" onClick={() => archiving.ask()}>
            {t('settings.archive')}
          </Button>
        </Stack>
      )}
      <FormAlert message={restoring.error} />
      <ConfirmDialog
        {...archiving.dialog}
        title={t('settings.archiveConfirmTitle', { brand: brand.name })}
        confirmLabel={t('settings.archive')}
      >
        {t('settings.archiveConfirmBody')}
      </ConfirmDialog>
    </Paper>
  );
}

/** Posts to and from files; here until the calendar's toolbar takes the buttons. */
function PostFilesSection({ brand }: { brand: Brand }) {
  const { t } = useTranslation();
  if (!brand.myActions.includes('post.read')) return null;
  const now = new Date();
  const month = (offset: number) =>
    new Date(Date.UTC(now.getFullYear(), now.getMonth() + offset, 1)).toISOString().slice(0, 10);
  const last = new Date(Date.parse(month(1)) - 86_400_000).toISOString().slice(0, 10);
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="brand-post-files">
      <Title order={2} size="h3" id="brand-post-files" mb="sm">
        {t('postImport.section')}
      </Title>
      <Group>
        {brand.myActions.includes('post.edit') && !brand.archivedAt && (
          <PostImportButton brandId={brand.id} />
        )}
        <PostExportButton brandId={brand.id} from={month(0)} to={last} />
      </Group>
    </Paper>
  );
}

function BrandDetails({ brand }: { brand: Brand }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const none = t('brands.none');
  const rows: [string, ReactNode][] = [
    [t('brandForm.name'), brand.name],
    [t('brandForm.description'), brand.description || none],
    [t('brandForm.communityConcept'), brand.communityConcept || none],
    [
      t('brandForm.networks'),
      brand.networks.length ? brand.networks.map(networkLabel).join(', ') : none,
    ],
    [
      t('brandForm.contentLanguages'),
      brand.contentLanguages.length
        ? brand.contentLanguages.map((tag) => format.language(tag)).join(', ')
        : none,
    ],
    [t('brandForm.timeZone'), <bdi key="zone">{brand.timeZone}</bdi>],
    [
      t('brandForm.teams'),
      brand.teams.length ? (
        <Group gap={6} key="teams">
          {brand.teams.map((team) => (
            <Badge key={team.id} variant="outline" color="indigo.9" tt="none">
              {team.name}
            </Badge>
          ))}
        </Group>
      ) : (
        none
      ),
    ],
  ];
  return (
    <Paper withBorder p="lg">
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="sm" m={0}>
        {rows.map(([label, value]) => (
          <Stack key={label} gap={2}>
            <Text component="dt" fw={600}>
              {label}
            </Text>
            <Text component="dd" m={0} style={{ whiteSpace: 'pre-wrap' }}>
              {value}
            </Text>
          </Stack>
        ))}
      </SimpleGrid>
      {brand.archivedAt != null && (
        <Text mt="md">{t('settings.archivedOn', { date: format.date(brand.archivedAt) })}</Text>
      )}
    </Paper>
  );
}
