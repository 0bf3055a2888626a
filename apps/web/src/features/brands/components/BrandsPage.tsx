import {
  Anchor,
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { WorkspaceBrandsQuery as WorkspaceBrandsResult } from '../../../gql/graphql';
import { readProblem, useFormProblem, useProblemMessage } from '../../../errors';
import { useFormatters } from '../../../i18n';
import { FormAlert, Page, PageLoader } from '../../../ui';
import { useCan, useRoleLabels, useWorkspace } from '../../workspaces';
import { brandRoles, browserTimeZone, networkLabel } from '../brand-options';
import { brandPath } from '../brand-sections';
import { useCreateBrand, useWorkspaceBrands, useWorkspaceTeamOptions } from '../hooks/use-brands';
import { BrandForm } from './BrandForm';

type Brand = WorkspaceBrandsResult['workspace']['brands'][number];

/** The brands of a workspace the person may open, and creating one (`brand.create`). */
export function BrandsPage() {
  const { t } = useTranslation();
  const message = useProblemMessage();
  const workspace = useWorkspace();
  const canCreate = useCan('brand.create');
  const [includeArchived, setIncludeArchived] = useState(false);
  const [creating, setCreating] = useState(false);
  const { data, previousData, error } = useWorkspaceBrands(workspace.id, includeArchived);
  const brands = (data ?? previousData)?.workspace.brands;

  return (
    <Page title={t('brands.title')}>
      <Group justify="space-between">
        <Switch
          label={t('brands.showArchived')}
          checked={includeArchived}
          onChange={(event) => setIncludeArchived(event.currentTarget.checked)}
        />
        {canCreate && <Button onClick={() => setCreating(true)}>{t('brands.create')}</Button>}
      </Group>
      {!brands ? (
        error ? (
          <FormAlert message={message(readProblem(error))} />
        ) : (
          <PageLoader label={t('app.loading')} />
        )
      ) : brands.length === 0 ? (
        <Paper withBorder p="lg">
          <Text>{canCreate ? t('brands.emptyManager') : t('brands.emptyMember')}</Text>
        </Paper>
      ) : (
        <SimpleGrid
          cols={{ base: 1, sm: 2, lg: 3 }}
          component="ul"
          m={0}
          p={0}
          style={{ listStyle: 'none' }}
          aria-label={t('brands.listLabel')}
        >
          {brands.map((brand) => (
            <BrandCard key={brand.id} brand={brand} workspaceId={workspace.id} />
          ))}
        </SimpleGrid>
      )}
      {canCreate && <CreateBrandDialog opened={creating} onClose={() => setCreating(false)} />}
    </Page>
  );
}

function BrandCard({ brand, workspaceId }: { brand: Brand; workspaceId: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const roles = useRoleLabels();
  return (
    <Paper withBorder p="lg" component="li" data-testid="brand-card">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Title order={2} size="h4">
            <Anchor component={Link} to={brandPath(workspaceId, brand.id, 'strategy')}>
              {brand.name}
            </Anchor>
          </Title>
          {brand.archivedAt != null && (
            <Badge variant="outline" color="gray.9">
              {t('brands.archived')}
            </Badge>
          )}
        </Group>
        <div>
          <Text size="sm" fw={600}>
            {t('brands.networks')}
          </Text>
          {brand.networks.length ? (
            <Group gap={6} mt={4}>
              {brand.networks.map((network) => (
                <Badge key={network} variant="outline" color="indigo.9" tt="none">
                  {networkLabel(network)}
                </Badge>
              ))}
            </Group>
          ) : (
            <Text size="sm">{t('brands.none')}</Text>
          )}
        </div>
        <div>
          <Text size="sm" fw={600}>
            {t('brands.languages')}
          </Text>
          <Text size="sm">
            {brand.contentLanguages.length
              ? brand.contentLanguages.map((tag) => format.language(tag)).join(' · ')
              : t('brands.none')}
          </Text>
        </div>
        <Text size="sm">
          {t('brands.yourRoles', {
            roles: brandRoles(brand.myRoles)
              .map((role) => roles.label(role))
              .join(', '),
          })}
        </Text>
      </Stack>
    </Paper>
  );
}

function CreateBrandDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const [attempt, setAttempt] = useState(0);
  const { data: teamData } = useWorkspaceTeamOptions(workspace.id, { skip: !opened });
  const [createBrand, { loading }] = useCreateBrand();
  const problem = useFormProblem([
    'name',
    'description',
    'communityConcept',
    'networks',
    'contentLanguages',
    'timeZone',
    'teamIds',
  ]);

  const close = () => {
    problem.clear();
    // A fresh form next time.
    setAttempt((value) => value + 1);
    onClose();
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      size="lg"
      title={t('brands.createTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <BrandForm
        key={attempt}
        initial={{
          name: '',
          description: '',
          communityConcept: '',
          networks: [],
          contentLanguages: [],
          timeZone: browserTimeZone(),
          teamIds: [],
        }}
        teams={teamData?.workspace.teams ?? []}
        submitLabel={t('brands.createSubmit')}
        busy={loading}
        fieldError={problem.fieldError}
        formError={problem.formError}
        onCancel={close}
        onSubmit={(values) => {
          problem.clear();
          createBrand({ variables: { input: { workspaceId: workspace.id, ...values } } })
            .then(close)
            .catch(problem.fail);
        }}
      />
    </Modal>
  );
}
